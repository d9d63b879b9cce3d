// Computes the values for a compiled template's holes from a component's properties: text stays text, URL
// attributes are sanitized, whole-attribute bindings follow HTML's boolean attributes, form values stay live,
// children declared as such are rendered as nodes, and lists repeat their item template with Lit's keyed `repeat`.
import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { repeat } from "lit/directives/repeat.js";
import { safeAnimationValues, safeSrcset, safeUrl } from "./safe-url.js";
import { itemIndex, type CompiledTemplate, type Hole, type ItemTemplate } from "./template.js";

type Read = (property: string) => unknown;

/** A bound value as text: anything that is not a string (a Node, a template result) shows as its string form. */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the string form is the point: never markup
  return String(value);
}

/**
 * Reads a dotted path (`"fruit.colour.hex"`): its head through `read`, then each key of the value so far, own or
 * inherited; a missing step gives undefined.
 *
 * @example
 * readPath("settings.mark", (name) => element[name]); // element.settings?.mark
 */
export function readPath(path: string, read: Read): unknown {
  const dot = path.indexOf(".");
  if (dot < 0) return read(path);
  const keys = path.split(".");
  let value = read(keys[0] as string);
  for (let i = 1; i < keys.length && value !== null && value !== undefined; i += 1) {
    value = (value as Record<string, unknown>)[keys[i] as string];
  }
  return value;
}

/** The items of a list property: an array or any iterable; nothing to repeat otherwise. */
export function listItems(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === "object" && Symbol.iterator in value) return [...(value as Iterable<unknown>)];
  return [];
}

function attributeValue(hole: Extract<Hole, { kind: "attribute" }>, read: Read): unknown {
  const pieces = hole.pieces;
  let text: string;
  if (pieces.length === 3 && pieces[0] === "" && pieces[2] === "") {
    const value = readPath(pieces[1] as string, read);
    // A whole-attribute binding follows HTML's boolean attributes: false or nothing removes the attribute.
    if (value === false || value === null || value === undefined) return nothing;
    text = value === true ? "" : textOf(value);
  } else {
    text = pieces[0] as string;
    for (let i = 1; i < pieces.length; i += 2) {
      text += textOf(readPath(pieces[i] as string, read)) + (pieces[i + 1] as string);
    }
  }
  if (hole.url === "url") return safeUrl(text);
  if (hole.url === "srcset") return safeSrcset(text);
  if (hole.url === "values") return safeAnimationValues(text);
  return text;
}

/** A two-way control's value: a boolean for `checked`; numbers stay numbers (a slider element's `value` is one). */
function liveValue(key: "value" | "checked", value: unknown): unknown {
  if (key === "checked") return Boolean(value);
  return typeof value === "number" ? value : textOf(value);
}

/** A child value as Lit renders it: nodes and templates in place, arrays of them in order, anything else as text. */
function childOf(value: unknown): unknown {
  if (value === null || value === undefined) return nothing;
  if (value instanceof Node || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(childOf);
  return "_$litType$" in value ? value : textOf(value);
}

function listValue(hole: Extract<Hole, { kind: "list" }>, read: Read): unknown {
  const items = listItems(readPath(hole.items, read));
  const scoped = (item: unknown, index: number): Read => {
    return (name) => (name === hole.item ? item : name === hole.index || name === itemIndex ? index : read(name));
  };
  const render = (item: unknown, index: number) => itemTemplate(hole.template, scoped(item, index));
  const key = hole.key;
  if (key === undefined) return repeat(items, render);
  return repeat(items, (item, index) => readPath(key, scoped(item, index)), render);
}

function itemTemplate(template: ItemTemplate, read: Read): unknown {
  return html(template.strings, ...holeValues(template.holes, read));
}

function holeValues(holes: readonly Hole[], read: Read): unknown[] {
  const values = new Array<unknown>(holes.length);
  for (let i = 0; i < holes.length; i += 1) {
    const hole = holes[i] as Hole;
    if (hole.kind === "text") values[i] = textOf(readPath(hole.property, read));
    else if (hole.kind === "attribute") values[i] = attributeValue(hole, read);
    else if (hole.kind === "child") values[i] = childOf(readPath(hole.property, read));
    else if (hole.kind === "list") values[i] = listValue(hole, read);
    else {
      const value = readPath(hole.property, read);
      values[i] = live(liveValue(hole.key, value));
    }
  }
  return values;
}

/**
 * The values for a compiled template's holes, reading properties through `read`. Text is always text (a Node or
 * template result in a property is shown as a string, never inserted, unless the property is one of the class's
 * `children`), URL attributes are sanitized, and lists repeat their item template, keyed when they have a `key`.
 *
 * @example
 * html(compiled.strings, ...templateValues(compiled, (name) => element[name]));
 */
export function templateValues(compiled: CompiledTemplate, read: Read): unknown[] {
  return holeValues(compiled.holes, read);
}
