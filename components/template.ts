// Compiles a Panel-style template string ('<img id="img" src="${src}">') once per component class into the static
// parts of a Lit template plus a description of every hole, so property values are always bound, never parsed.
import { inertReason, rawTextReason, urlKind, type UrlKind } from "./template-contexts.js";
import { twoWayKey } from "./two-way.js";

/** A template that does not parse, binds a node without an id, or names an unknown property or method. */
export class TemplateError extends Error {
  override name = "TemplateError";
}

/** What a template may refer to: the names of the component it belongs to. */
export interface TemplateScope {
  /** The component class's name, for error messages. */
  readonly owner: string;
  /** The declared reactive properties that `${name}` may bind. */
  readonly properties: readonly string[];
  /** Whether `name` is a method of the component, which `onclick="${name}"` may call. */
  isMethod(name: string): boolean;
}

/** One hole of the compiled template and how to compute its value from the component's properties. */
export type Hole =
  | { readonly kind: "text"; readonly property: string }
  | { readonly kind: "live"; readonly key: "value" | "checked"; readonly property: string }
  | {
      readonly kind: "attribute";
      /** Static text and property names, alternating: `["/img/", "name", ".png"]`. */
      readonly pieces: readonly string[];
      /** The attribute holds a URL (or a srcset, or an SVG animation's `values`), so its value is sanitized. */
      readonly url: UrlKind;
    };

/** An `on<type>="${method}"` attribute: the method is called with the serialized event. */
export interface TemplateListener {
  readonly node: string;
  readonly type: string;
  readonly method: string;
}

/** A form control's `value` or `checked` bound to a property that follows what the user types or ticks. */
export interface TwoWayBinding {
  readonly node: string;
  readonly key: "value" | "checked";
  readonly property: string;
}

/** The result of `compileTemplate`: what `html` needs, and what the component wires at run time. */
export interface CompiledTemplate {
  /** The static parts, a template strings array for Lit's `html`. */
  readonly strings: TemplateStringsArray;
  /** One entry per hole, in order. */
  readonly holes: readonly Hole[];
  /** The ids of the template's nodes, in document order. */
  readonly ids: readonly string[];
  readonly listeners: readonly TemplateListener[];
  readonly twoWay: readonly TwoWayBinding[];
}

interface OpenElement {
  readonly tag: string;
  readonly id: string | undefined;
  readonly at: number;
  readonly foreign: boolean;
}

interface Attribute {
  readonly at: number;
  readonly name: string;
  readonly value: string | undefined;
  readonly text: string;
}

const voidElements = new Set("area base br col embed hr img input link meta param source track wbr".split(" "));
const unbindableAttributes = new Set(["id", "is", "srcdoc"]);
const tagName = /[a-zA-Z][^\s/>]*/y;
const whitespace = /\s*/y;
const tagEnd = /\/?>/y;
const attributeName = /[^\s"'>/=]+/y;
const equals = /\s*=\s*/y;
const attributeValuePattern = /"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)/y;
const closingTag = /<\/([a-zA-Z][^\s/>]*)\s*>/y;
const propertyName = /^\s*([A-Za-z_$][\w$]*)\s*$/;

function match(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}

/** Splits text with `${name}` bindings into static text and property names, alternating. */
function splitBindings(text: string, fail: (problem: string) => never): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (let start = text.indexOf("${"); start >= 0; start = text.indexOf("${", from)) {
    const end = text.indexOf("}", start);
    if (end < 0) fail(`the binding "${text.slice(start, start + 20)}" is not closed; end it with }`);
    const name = propertyName.exec(text.slice(start + 2, end))?.[1];
    if (name === undefined) {
      fail(`"${text.slice(start, end + 1)}" is not a property name; a binding names one property, e.g. \${src}`);
    }
    pieces.push(text.slice(from, start), name);
    from = end + 1;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** Makes an array Lit accepts as the static parts of a template: frozen, with a `raw` copy, like a literal's. */
function templateStrings(strings: readonly string[]): TemplateStringsArray {
  return Object.freeze(Object.assign([...strings], { raw: Object.freeze([...strings]) }));
}

class Compiler {
  private at = 0;
  private chunk = "";
  private readonly strings: string[] = [];
  private readonly holes: Hole[] = [];
  private readonly ids: string[] = [];
  private readonly open: OpenElement[] = [];
  private readonly listeners: TemplateListener[] = [];
  private readonly twoWay: TwoWayBinding[] = [];

  constructor(
    private readonly source: string,
    private readonly scope: TemplateScope,
  ) {}

  compile(): CompiledTemplate {
    const source = this.source;
    while (this.at < source.length) {
      const next = source.indexOf("<", this.at);
      const follower = next < 0 ? "" : (source[next + 1] ?? "");
      if (next !== this.at || !/[a-zA-Z/!]/.test(follower)) {
        this.text(next < 0 ? source.length : Math.max(next, this.at + 1));
      } else if (follower === "/") {
        this.closeElement();
      } else if (follower === "!") {
        this.comment();
      } else {
        this.openElement();
      }
    }
    const unclosed = this.open.at(-1);
    if (unclosed !== undefined) this.fail(unclosed, "is never closed; add its closing tag");
    this.strings.push(this.chunk);
    return {
      strings: templateStrings(this.strings),
      holes: this.holes,
      ids: this.ids,
      listeners: this.listeners,
      twoWay: this.twoWay,
    };
  }

  private fail(where: OpenElement | number, problem: string): never {
    throw new TemplateError(`${this.scope.owner}.template: ${this.describe(where)} ${problem}`);
  }

  private describe(where: OpenElement | number): string {
    const at = typeof where === "number" ? where : where.at;
    const before = this.source.slice(0, at).split("\n");
    const position = `(line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
    if (typeof where === "number") return `at ${position}`;
    return where.id === undefined ? `<${where.tag}> ${position}` : `<${where.tag} id="${where.id}">`;
  }

  private hole(hole: Hole): void {
    this.strings.push(this.chunk);
    this.chunk = "";
    this.holes.push(hole);
  }

  private property(name: string, where: OpenElement): string {
    if (this.scope.properties.includes(name)) return name;
    const known = this.scope.properties.length > 0 ? this.scope.properties.join(", ") : "none";
    return this.fail(where, `binds "\${${name}}", which is not in static properties (known: ${known}); declare it`);
  }

  private text(end: number): void {
    const text = this.source.slice(this.at, end);
    const binding = text.indexOf("${");
    if (binding >= 0) this.refuseInert(this.at + binding, text.slice(binding));
    const parent = this.open.at(-1);
    const pieces = splitBindings(text, (problem) => this.fail(parent ?? this.at, problem));
    for (let i = 0; i < pieces.length; i += 1) {
      const piece = pieces[i] as string;
      if (i % 2 === 0) {
        this.chunk += piece;
        continue;
      }
      if (parent === undefined)
        this.fail(this.at, `the text binding \${${piece}} must be inside an element with an id`);
      this.requireId(parent, `shows \${${piece}}`);
      this.hole({ kind: "text", property: this.property(piece, parent) });
    }
    this.at = end;
  }

  private comment(): void {
    if (!this.source.startsWith("<!--", this.at)) {
      this.fail(this.at, "starts a <! declaration, which templates do not support; use <!-- comments --> only");
    }
    const end = this.source.indexOf("-->", this.at + 4);
    if (end < 0) this.fail(this.at, "opens a comment that is never closed; end it with -->");
    this.chunk += this.source.slice(this.at, end + 3);
    this.at = end + 3;
  }

  private closeElement(): void {
    const found = match(closingTag, this.source, this.at);
    if (found === null) this.fail(this.at, "has a malformed closing tag; write e.g. </div>");
    const tag = (found[1] as string).toLowerCase();
    this.at += found[0].length;
    if (voidElements.has(tag)) return; // `<img ...></img>` as in Panel's examples: the parser ignores the end tag
    const element = this.open.pop();
    if (element === undefined) this.fail(this.at - found[0].length, `closes </${tag}>, which is not open`);
    if (element.tag.toLowerCase() !== tag) {
      this.fail(element, `is closed by </${tag}>; close elements in the order they were opened`);
    }
    this.chunk += found[0];
  }

  private openElement(): void {
    const start = this.at;
    const name = (match(tagName, this.source, start + 1) as RegExpExecArray)[0];
    if (name.toLowerCase() === "plaintext") {
      this.fail(
        start,
        "<plaintext> turns everything after it into text, closing tags included; use <pre> for preformatted text",
      );
    }
    const attributes = this.attributes(start, start + 1 + name.length);
    const end = match(tagEnd, this.source, this.at) as RegExpExecArray;
    this.at += end[0].length;
    const tag = name.toLowerCase();
    const parent = this.open.at(-1);
    const idAttribute = attributes.find((attribute) => attribute.name.toLowerCase() === "id");
    const element: OpenElement = {
      tag: name,
      id: idAttribute?.value,
      at: start,
      foreign: tag === "svg" || tag === "math" || (parent?.foreign ?? false),
    };
    this.registerId(element);
    this.chunk += `<${name}`;
    for (const attribute of attributes) this.attribute(element, attribute);
    this.chunk += end[0];
    if (end[0] === "/>" && !voidElements.has(tag)) {
      if (!element.foreign) this.fail(element, `does not close itself in HTML; write <${name}></${name}>`);
      return;
    }
    if (voidElements.has(tag)) return;
    this.open.push(element);
    const rawText = element.foreign ? undefined : rawTextReason(tag);
    if (rawText !== undefined) this.rawText(element, tag, rawText);
  }

  private attributes(start: number, from: number): Attribute[] {
    const source = this.source;
    const attributes: Attribute[] = [];
    this.at = from;
    for (;;) {
      this.at += (match(whitespace, source, this.at) as RegExpExecArray)[0].length;
      if (this.at >= source.length)
        this.fail(start, `opens <${source.slice(start + 1, from)} but never ends it with >`);
      if (match(tagEnd, source, this.at) !== null) return attributes;
      const name = match(attributeName, source, this.at);
      if (name === null) {
        this.at += 1; // a stray "/" or quote between attributes, which the HTML parser skips as well
        continue;
      }
      const attributeStart = this.at;
      this.at += name[0].length;
      let value: string | undefined;
      const equal = match(equals, source, this.at);
      if (equal !== null) {
        const quoted = match(attributeValuePattern, source, this.at + equal[0].length);
        if (quoted === null) this.fail(attributeStart, `gives ${name[0]}= no value; write ${name[0]}="..."`);
        value = quoted[1] ?? quoted[2] ?? quoted[3] ?? "";
        this.at += equal[0].length + quoted[0].length;
      }
      attributes.push({ at: attributeStart, name: name[0], value, text: source.slice(attributeStart, this.at) });
    }
  }

  private registerId(element: OpenElement): void {
    const id = element.id;
    if (id === undefined) return;
    if (id.includes("${"))
      this.fail(element.at, `binds the id of <${element.tag}>; ids are fixed names, write id="img"`);
    if (id === "") this.fail(element.at, `gives <${element.tag}> an empty id; write e.g. id="img"`);
    if (this.ids.includes(id)) this.fail(element, "repeats an id; each id names one node");
    this.ids.push(id);
  }

  private requireId(element: OpenElement, what: string): asserts element is OpenElement & { id: string } {
    if (element.id === undefined) this.fail(element, `${what} but has no id; add id="..." to the node`);
  }

  private attribute(element: OpenElement, attribute: Attribute): void {
    const name = attribute.name.toLowerCase();
    if (name.includes("${")) this.fail(element, `binds an attribute name; bind a value instead: name="\${prop}"`);
    if (attribute.value === undefined || !attribute.value.includes("${")) {
      this.chunk += ` ${attribute.text}`;
      return;
    }
    this.refuseInert(attribute.at, attribute.value.slice(attribute.value.indexOf("${")));
    this.requireId(element, `binds ${name}`);
    if (unbindableAttributes.has(name)) this.fail(element, `binds ${name}, which cannot be bound; make it static`);
    const pieces = splitBindings(attribute.value, (problem) => this.fail(element, `in ${name}: ${problem}`));
    if (name.startsWith("on")) {
      this.listener(element, name.slice(2), pieces);
      return;
    }
    for (let i = 1; i < pieces.length; i += 2) this.property(pieces[i] as string, element);
    const tag = element.tag.toLowerCase();
    const key = twoWayKey(tag, name);
    if (key !== undefined) {
      if (pieces.length !== 3 || pieces[0] !== "" || pieces[2] !== "") {
        this.fail(
          element,
          `binds ${name} to "${attribute.value}"; a two-way ${name} binds one property: ${name}="\${prop}"`,
        );
      }
      const property = pieces[1] as string;
      this.chunk += ` .${key}=`;
      this.hole({ kind: "live", key, property });
      this.twoWay.push({ node: element.id, key, property });
      return;
    }
    this.chunk += ` ${attribute.name}="`;
    this.hole({ kind: "attribute", pieces, url: urlKind(tag, name) });
    this.chunk += `"`;
  }

  private listener(element: OpenElement & { id: string }, type: string, pieces: readonly string[]): void {
    const method = pieces[1] as string;
    if (pieces.length !== 3 || pieces[0] !== "" || pieces[2] !== "") {
      this.fail(
        element,
        `binds on${type} to text and bindings; an event attribute names one method: on${type}="\${method}"`,
      );
    }
    if (!this.scope.isMethod(method)) {
      this.fail(
        element,
        `binds on${type} to "\${${method}}", which is not a method of ${this.scope.owner}; add the method`,
      );
    }
    this.listeners.push({ node: element.id, type, method });
  }

  private rawText(element: OpenElement, tag: string, reason: string): void {
    const end = this.source.toLowerCase().indexOf(`</${tag}`, this.at);
    if (end < 0) this.fail(element, "is never closed; add its closing tag");
    const content = this.source.slice(this.at, end);
    const binding = content.indexOf("${");
    if (binding >= 0) this.refuseBinding(this.at + binding, content.slice(binding), element, reason);
    this.chunk += content;
    this.at = end;
  }

  /** Fails when a binding at `at` is inside an element whose content is never bound or never shown. */
  private refuseInert(at: number, binding: string): void {
    for (const element of this.open) {
      const reason = inertReason(element.tag.toLowerCase(), element.foreign);
      if (reason !== undefined) this.refuseBinding(at, binding, element, reason);
    }
  }

  private refuseBinding(at: number, text: string, element: OpenElement, reason: string): never {
    const binding = text.slice(0, text.indexOf("}") + 1) || text.slice(0, 20);
    const tag = element.id === undefined ? `<${element.tag}>` : `<${element.tag} id="${element.id}">`;
    return this.fail(at, `${tag} holds the binding ${binding}, but its content ${reason}`);
  }
}

/**
 * Compiles a template string. Throws `TemplateError` naming the class, the node and the problem when the template
 * does not parse, binds a node without an id, or names a property or method the scope does not have.
 *
 * @example
 * const compiled = compileTemplate('<img id="img" src="${src}">', {
 *   owner: "ImageView", properties: ["src"], isMethod: () => false,
 * });
 * html(compiled.strings, ...templateValues(compiled, (name) => element[name]));
 */
export function compileTemplate(source: string, scope: TemplateScope): CompiledTemplate {
  return new Compiler(source, scope).compile();
}
