// Computes the values for a compiled template's holes from a component's properties: text stays text, URL
// attributes are sanitized, whole-attribute bindings follow HTML's boolean attributes, form values stay live.
import { nothing } from "lit";
import { live } from "lit/directives/live.js";
import { safeAnimationValues, safeSrcset, safeUrl } from "./safe-url.js";
import type { CompiledTemplate, Hole } from "./template.js";

/** A bound value as text: anything that is not a string (a Node, a template result) shows as its string form. */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the string form is the point: never markup
  return String(value);
}

function attributeValue(hole: Extract<Hole, { kind: "attribute" }>, read: (property: string) => unknown): unknown {
  const pieces = hole.pieces;
  let text: string;
  if (pieces.length === 3 && pieces[0] === "" && pieces[2] === "") {
    const value = read(pieces[1] as string);
    // A whole-attribute binding follows HTML's boolean attributes: false or nothing removes the attribute.
    if (value === false || value === null || value === undefined) return nothing;
    text = value === true ? "" : textOf(value);
  } else {
    text = pieces[0] as string;
    for (let i = 1; i < pieces.length; i += 2) text += textOf(read(pieces[i] as string)) + (pieces[i + 1] as string);
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

/**
 * The values for a compiled template's holes, reading properties through `read`. Text is always text (a Node or
 * template result in a property is shown as a string, never inserted), and URL attributes are sanitized.
 *
 * @example
 * html(compiled.strings, ...templateValues(compiled, (name) => element[name]));
 */
export function templateValues(compiled: CompiledTemplate, read: (property: string) => unknown): unknown[] {
  const holes = compiled.holes;
  const values = new Array<unknown>(holes.length);
  for (let i = 0; i < holes.length; i += 1) {
    const hole = holes[i] as Hole;
    if (hole.kind === "text") values[i] = textOf(read(hole.property));
    else if (hole.kind === "attribute") values[i] = attributeValue(hole, read);
    else values[i] = live(liveValue(hole.key, read(hole.property)));
  }
  return values;
}
