// What HTML does with a binding in each place of a template: elements whose content is raw text or inert (so a
// binding there cannot work) and attributes whose value is a URL (so a bound value is sanitized).

// Elements whose content the HTML parser reads as text (Lit's markers included), and why a binding there fails.
const rawTextElements: ReadonlyMap<string, string> = new Map([
  ["xmp", "shows as raw text, Lit's marker instead of the value; use <pre> for preformatted text"],
  ["iframe", "is never shown (the frame shows its src); put the binding outside the <iframe>"],
  ["noembed", "is never shown; put the binding outside the <noembed>"],
  ["noframes", "is never shown; put the binding outside the <noframes>"],
  ["textarea", 'is raw text; bind its value instead: value="${prop}"'],
  ["title", "is raw text that a component never shows; put the binding in another element"],
  ["script", "would run as code; pass data through a property instead"],
  ["style", 'would be read as CSS; bind an element\'s style attribute instead: style="color: ${prop}"'],
]);
// Elements whose content is parsed as markup but never bound (Lit skips <template> content) or never shown
// (<noscript> is hidden wherever scripts run, and this component is a script).
const inertElements: ReadonlyMap<string, string> = new Map([
  ["template", "is inert and Lit never binds it; move the binding outside, or build the content in render()"],
  [
    "noscript",
    "is hidden in every page that runs scripts, as a page with this component does; move the binding outside the <noscript>",
  ],
]);
const urlAttributes = new Set(
  "action background cite codebase data formaction href icon longdesc manifest ping poster src xlink:href".split(" "),
);
// An SVG animation may target href (<set attributeName="href" to="javascript:...">), so the values it sets are URLs.
const animationElements = new Set(["animate", "animatecolor", "animatemotion", "animatetransform", "set"]);
const animationValueAttributes = new Set(["to", "from", "by"]);

/** How a bound attribute's value is sanitized: as a URL, a srcset, an SVG animation's `values`, or not at all. */
export type UrlKind = "url" | "srcset" | "values" | false;

/**
 * Why a binding in the content of `tag` (lowercase) cannot work, when the parser reads that content as text.
 *
 * @example
 * rawTextReason("xmp"); // "shows as raw text, Lit's marker instead of the value; use <pre> ..."
 * rawTextReason("p");   // undefined
 */
export function rawTextReason(tag: string): string | undefined {
  return rawTextElements.get(tag);
}

/**
 * Why a binding anywhere inside `tag` (lowercase) cannot work, when its content is markup that is never bound or
 * never shown, or, inside SVG or MathML (`foreign`), markup that is still CSS or code.
 *
 * @example
 * inertReason("template", false); // "is inert and Lit never binds it; ..."
 * inertReason("style", true);     // "would be read as CSS; ..."
 */
export function inertReason(tag: string, foreign: boolean): string | undefined {
  if (!foreign) return inertElements.get(tag);
  return tag === "style" || tag === "script" ? rawTextElements.get(tag) : undefined;
}

/**
 * Whether attribute `name` (lowercase) of element `tag` (lowercase) holds a URL, and how to check it.
 *
 * @example
 * urlKind("img", "src");    // "url"
 * urlKind("set", "to");     // "url": <set attributeName="href" to="..."> sets a link's URL
 * urlKind("img", "alt");    // false
 */
export function urlKind(tag: string, name: string): UrlKind {
  if (name === "srcset") return "srcset";
  if (urlAttributes.has(name)) return "url";
  if (!animationElements.has(tag)) return false;
  if (animationValueAttributes.has(name)) return "url";
  return name === "values" ? "values" : false;
}
