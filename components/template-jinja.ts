// Recognizes what a Panel template writes in Jinja2 (`{{ x }}`, `{% for %}`, `{% if %}`, `{# #}`, filters, `loop`,
// `script(...)`) so that the compiler can refuse it at definition time and name the rivulet form instead.

/** A Jinja construct found in template text: where it starts (offset into the text) and what to write instead. */
export interface JinjaUse {
  readonly offset: number;
  readonly construct: string;
  readonly instead: string;
}

const jinjaStart = /\{[{%#]/g;
const forLoop = /^\{%-?\s*for\s+([\w$]+)\s+in\s+([\w$.]+)/;
const conditional = /^\{%-?\s*(?:if|elif|else|endif)\b/;
const expression = /^\{\{-?\s*([\w$.]+)\s*(\|)?/;

function closing(text: string, start: number): number {
  const close = text[start + 1] === "{" ? "}}" : text[start + 1] === "%" ? "%}" : "#}";
  const end = text.indexOf(close, start + 2);
  return end < 0 ? Math.min(text.length, start + 40) : end + 2;
}

function insteadOf(construct: string): string {
  const loop = forLoop.exec(construct);
  if (loop !== null) {
    const [, item, items] = loop as unknown as [string, string, string];
    return `repeat an element instead: <p id="item" each="\${${item} of ${items}}">\${${item}}</p>`;
  }
  if (conditional.test(construct)) {
    return 'bind hidden="${hidden}" to a boolean property, or override render()';
  }
  if (construct.startsWith("{#")) return `write an HTML comment instead: <!-- ${construct.slice(2, -2).trim()} -->`;
  const value = expression.exec(construct);
  if (value?.[2] === "|") return "filters do not exist: compute the value in a property or getter, then bind it";
  if (value !== null) return `bind the property instead: \${${value[1] as string}}`;
  if (construct.startsWith("{%")) return 'repeat with each="${obj of objects}", or override render()';
  return "bind a property instead: ${name}";
}

/**
 * The first Jinja construct in `text` (template text or an attribute value), or undefined when there is none.
 *
 * @example
 * findJinja("Hello {{ name }}"); // { offset: 6, construct: "{{ name }}", instead: "bind the property instead: ${name}" }
 */
export function findJinja(text: string): JinjaUse | undefined {
  jinjaStart.lastIndex = 0;
  const found = jinjaStart.exec(text);
  if (found === null) return undefined;
  const construct = text.slice(found.index, closing(text, found.index));
  return { offset: found.index, construct, instead: insteadOf(construct) };
}

/**
 * Why the inside of a `${...}` binding is not a path or names nothing known, when that is a Panel/Jinja habit.
 *
 * @example
 * bindingHabit("name | upper"); // "applies a filter; filters do not exist: ..."
 * bindingHabit("loop.index0");   // "is Jinja's loop; name the index in each=..."
 */
export function bindingHabit(inside: string): string | undefined {
  if (inside.includes("|")) return "applies a filter; filters do not exist: compute the value in a property or getter";
  if (/^\s*loop\./.test(inside)) return 'is Jinja\'s loop; name the index in each="${obj, i of objects}" and bind ${i}';
  if (/^\s*script\s*\(/.test(inside)) return 'calls a Panel script; name a method instead: onclick="${method}"';
  return undefined;
}
