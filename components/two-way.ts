// Two-way sync between a property and what the user does to a control: form controls, `contenteditable` nodes,
// and custom elements (Material, Shoelace) that dispatch `input` or `change` and hold a `value` or `checked`.
import type { ModelApi } from "./widget-model.js";

/**
 * Which of a control's properties follows the user: its `value`, `checked`, or (contenteditable) `textContent`.
 *
 * @example
 * const key: TwoWayKey = "checked";
 * syncProperty(model, "done", checkbox, { key });
 */
export type TwoWayKey = "value" | "checked" | "textContent";

/** The events after which a control's value is read back. */
const syncEvents = ["input", "change"] as const;

/**
 * Whether binding `attribute` on a `tag` element makes a two-way binding, and of which key: `value` of inputs,
 * selects, textareas and custom elements; `checked` of inputs and custom elements.
 *
 * @example
 * twoWayKey("md-outlined-text-field", "value"); // "value"
 * twoWayKey("img", "src"); // undefined
 */
export function twoWayKey(tag: string, attribute: string): "value" | "checked" | undefined {
  const name = attribute.toLowerCase();
  const element = tag.toLowerCase();
  const custom = element.includes("-");
  if (name === "checked" && (element === "input" || custom)) return "checked";
  if (name === "value" && (custom || element === "input" || element === "select" || element === "textarea")) {
    return "value";
  }
  return undefined;
}

function isNumericInput(control: Element): control is HTMLInputElement {
  return control instanceof HTMLInputElement && (control.type === "number" || control.type === "range");
}

/**
 * A control's current value for `key`, as the property's declared `type` wants it: a `Number` property gets a number
 * from a number or range input (or a custom element's text), `null` when the field is empty.
 *
 * @example
 * readControl(input, "value", Number); // 42 for <input type="number"> showing "42"
 */
export function readControl(control: Element, key: TwoWayKey, type?: unknown): unknown {
  if (key === "textContent") return control.textContent ?? "";
  const value: unknown = (control as unknown as Record<string, unknown>)[key];
  if (key === "checked") return Boolean(value);
  if (type !== Number || typeof value !== "string") return value;
  if (value.trim() === "") return null;
  return isNumericInput(control) ? control.valueAsNumber : Number(value);
}

function textOf(value: unknown): string {
  return typeof value === "string" ? value : String(value);
}

/** Shows `value` in the control unless it already shows it (so a caret the user is typing at stays put). */
function writeControl(control: Element, key: TwoWayKey, value: unknown): void {
  const target = control as unknown as Record<string, unknown>;
  if (key === "checked") {
    if (target.checked !== Boolean(value)) target.checked = Boolean(value);
    return;
  }
  // Numbers stay numbers (a slider element's value is one); anything else is shown as text, never as markup.
  const shown = typeof value === "number" ? value : value === null || value === undefined ? "" : textOf(value);
  if (key === "textContent") {
    if (control.textContent !== String(shown)) control.textContent = String(shown);
  } else if (target.value !== shown && target.value !== String(shown)) {
    target.value = shown;
  }
}

/**
 * Options of `syncProperty`.
 *
 * @example
 * syncProperty(model, "level", slider, { key: "value" });
 */
export interface SyncOptions {
  /** The control's property to follow; by default `checked` for checkboxes and radios, `textContent` for
   * contenteditable nodes, else `value`. */
  readonly key?: TwoWayKey | undefined;
  /** The property's type, `Number` to store numbers; as in Lit's property declarations. */
  readonly type?: unknown;
}

function defaultKey(control: Element): TwoWayKey {
  if (control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio")) {
    return "checked";
  }
  if (control instanceof HTMLElement && control.isContentEditable) return "textContent";
  return "value";
}

/**
 * Keeps the model's `property` and `control` in sync both ways, in a render function: the control shows the
 * property now and after each change, and what the user types, ticks or edits is `set` on the model. Returns the
 * function that stops both directions (return it from `render`).
 *
 * @example
 * render({ model, el }) {
 *   const input = Object.assign(document.createElement("input"), { id: "name" });
 *   el.append(input);
 *   return syncProperty(model, "name", input);
 * }
 */
export function syncProperty<Props extends object, K extends keyof Props & string>(
  model: ModelApi<Props>,
  property: K,
  control: Element,
  options: SyncOptions = {},
): () => void {
  const key = options.key ?? defaultKey(control);
  const show = (): void => writeControl(control, key, model.get(property));
  const read = (): void => model.set(property, readControl(control, key, options.type) as Props[K]);
  show();
  model.on(`change:${property}`, show);
  for (const type of syncEvents) control.addEventListener(type, read);
  return () => {
    model.off(`change:${property}`, show);
    for (const type of syncEvents) control.removeEventListener(type, read);
  };
}
