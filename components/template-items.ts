// Finds the rendered items of a template list (`id="item"` repeated as item-0, item-1, …) for event bindings, and
// tells in each sample which item the event came from: its index and its key.
import type { EventSample } from "./events.js";
import type { CompiledTemplate, Hole } from "./template.js";
import { listItems, readPath } from "./template-values.js";

/**
 * A sample from a node inside a repeated element (`each="${obj of objects}"`): `node` is the id as written in the
 * template (`"item"`), `index` the item's position in the array and `key` its key (the `key="${obj.id}"` path's value
 * as a string, or the index when the list has no key).
 *
 * @example
 * view.onEvent("item", "click", (sample) => console.log((sample as ItemEventSample).index));
 */
export interface ItemEventSample extends EventSample {
  /** The position of the item in its list, from 0. */
  index: number;
  /** The item's key (from the list's `key`), or its index as a string. */
  key: string;
}

type ListHole = Extract<Hole, { kind: "list" }>;

function renderedIndex(element: Element, node: string): number {
  const suffix = element.id.slice(node.length + 1);
  return /^\d+$/.test(suffix) ? Number(suffix) : -1;
}

/**
 * The elements a binding of `node` attaches to in `root`: every rendered item when `node` is an id inside a list,
 * else the one element with that id (none when it is not rendered).
 *
 * @example
 * bindingTargets(element.renderRoot, "item", compiled); // [li#item-0, li#item-1, …]
 */
export function bindingTargets(root: ParentNode, node: string, compiled: CompiledTemplate | undefined): Element[] {
  if (compiled?.itemIds.has(node) === true) {
    const found = root.querySelectorAll(`[id^="${CSS.escape(node)}-"]`);
    return [...found].filter((element) => element.id.startsWith(node) && renderedIndex(element, node) >= 0);
  }
  const one = root instanceof DocumentFragment ? root.getElementById(node) : root.querySelector(`#${CSS.escape(node)}`);
  return one === null ? [] : [one];
}

/**
 * Adds `index` and `key` to a sample from `bound`, a rendered element of the list id `node`, reading the list's
 * items through `read` (the component's properties) as they are now.
 *
 * @example
 * itemSample(serializeEvent(event, "item", li), li, "item", list, (name) => element[name]);
 */
export function itemSample(
  sample: EventSample,
  bound: Element,
  node: string,
  list: ListHole,
  read: (property: string) => unknown,
): ItemEventSample {
  const index = renderedIndex(bound, node);
  const item = listItems(readPath(list.items, read))[index];
  const scoped = (name: string): unknown => (name === list.item ? item : name === list.index ? index : read(name));
  const key = list.key === undefined ? index : readPath(list.key, scoped);
  return Object.assign(sample, { index, key: String(key) });
}
