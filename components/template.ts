// Compiles a Panel-style template string ('<img id="img" src="${src}">') once per component class into the static
// parts of a Lit template plus a description of every hole, so property values are always bound, never parsed.
import { inertReason, rawTextReason, urlKind, type UrlKind } from "./template-contexts.js";
import { twoWayKey } from "./two-way.js";
import { bindingHabit, findJinja } from "./template-jinja.js";

/**
 * A template that does not parse, binds a node without an id, or names an unknown property or method.
 *
 * @example
 * try { compileTemplate("<img src=\"${src}\">", scope); } catch (error) { console.assert(error instanceof TemplateError); } // no id
 */
export class TemplateError extends Error {
  override name = "TemplateError";
}

/**
 * What a template may refer to: the names of the component it belongs to.
 *
 * @example
 * const scope: TemplateScope = { owner: "ImageView", properties: ["src"], isMethod: () => false };
 * compileTemplate('<img id="img" src="${src}">', scope);
 */
export interface TemplateScope {
  /** The component class's name, for error messages. */
  readonly owner: string;
  /** The declared reactive properties that `${name}` (or the head of `${name.path}`) may bind. */
  readonly properties: readonly string[];
  /** Properties whose values are child nodes, rendered in place (`static children`); others always show as text. */
  readonly children?: readonly string[] | undefined;
  /** Whether `name` is a method of the component, which `onclick="${name}"` may call. */
  isMethod(name: string): boolean;
}

/** The name under which list holes give each item's index to ids: `id="item"` renders as `item-${index}`. */
export const itemIndex = "#index";

/**
 * The part of a template repeated for each item of a list: its static parts and holes, like a whole template.
 *
 * @example
 * const compiled = compileTemplate('<ul id="list">{% for item in items %}<li id="item">${item}</li>{% endfor %}</ul>', scope);
 * const item: ItemTemplate | undefined = compiled.itemIds.get("item")?.template;
 */
export interface ItemTemplate {
  /** The static parts of one item, a template strings array for Lit's `html`. */
  readonly strings: TemplateStringsArray;
  /** The holes of one item, in order. */
  readonly holes: readonly Hole[];
}

/**
 * One hole of the compiled template and how to compute its value from the component's properties. `property` is
 * a path: a property (or a list's item or index name), then dotted keys into it: `"fruit.colour.hex"`.
 *
 * @example
 * const hole: Hole = { kind: "text", property: "fruit.name" };
 */
export type Hole =
  | { readonly kind: "text"; readonly property: string }
  | { readonly kind: "child"; readonly property: string }
  | {
      readonly kind: "list";
      /** The array property (path) repeated over. */
      readonly items: string;
      /** The names that the item template uses for the item and for its index (undefined when unnamed). */
      readonly item: string;
      readonly index: string | undefined;
      /** The path of each item's key, e.g. `"fruit.id"`; undefined to key items by their index. */
      readonly key: string | undefined;
      readonly template: ItemTemplate;
    }
  | { readonly kind: "live"; readonly key: "value" | "checked"; readonly property: string }
  | {
      readonly kind: "attribute";
      /** Static text and property names, alternating: `["/img/", "name", ".png"]`. */
      readonly pieces: readonly string[];
      /** The attribute holds a URL (or a srcset, or an SVG animation's `values`), so its value is sanitized. */
      readonly url: UrlKind;
    };

/**
 * An `on<type>="${method}"` attribute: the method is called with the serialized event.
 *
 * @example
 * const [listener]: TemplateListener[] = compileTemplate('<button id="go" onclick="${start}">Go</button>', scope).listeners;
 * console.log(listener?.method); // "start"
 */
export interface TemplateListener {
  /** The id of the node the attribute is on. */
  readonly node: string;
  /** The DOM event type, e.g. `"click"`. */
  readonly type: string;
  /** The component method called with the sample. */
  readonly method: string;
}

/**
 * A form control's `value` or `checked` bound to a property that follows what the user types or ticks.
 *
 * @example
 * const [binding]: TwoWayBinding[] = compileTemplate('<input id="name" value="${name}">', scope).twoWay;
 * console.log(binding?.key); // "value"
 */
export interface TwoWayBinding {
  /** The id of the control. */
  readonly node: string;
  /** Which of the control's properties is followed. */
  readonly key: "value" | "checked";
  /** The component property it writes to. */
  readonly property: string;
}

/**
 * The result of `compileTemplate`: what `html` needs, and what the component wires at run time.
 *
 * @example
 * const compiled: CompiledTemplate = compileTemplate('<img id="img" src="${src}">', scope);
 * console.log(compiled.holes.length); // 1
 */
export interface CompiledTemplate {
  /** The static parts, a template strings array for Lit's `html`. */
  readonly strings: TemplateStringsArray;
  /** One entry per hole, in order. */
  readonly holes: readonly Hole[];
  /** The ids of the template's nodes, in document order. */
  readonly ids: readonly string[];
  /** The ids inside repeated elements (rendered as `${id}-${index}`), each with the list hole that repeats it. */
  readonly itemIds: ReadonlyMap<string, Extract<Hole, { kind: "list" }>>;
  /** The `on<type>="${method}"` attributes, wired to the component's methods. */
  readonly listeners: readonly TemplateListener[];
  /** The controls whose `value`/`checked` write back to a property. */
  readonly twoWay: readonly TwoWayBinding[];
}

interface OpenElement {
  readonly tag: string;
  readonly id: string | undefined;
  readonly at: number;
  readonly foreign: boolean;
}

/** What `each="${item, index of items}"` declares. */
interface ListSpec {
  readonly item: string;
  readonly index: string | undefined;
  readonly items: string;
  readonly key: string | undefined;
}

/** The output being built: the whole template, or the item template of the element that `each` repeats. */
interface Frame {
  readonly strings: string[];
  chunk: string;
  readonly holes: Hole[];
  readonly list?: { readonly element: OpenElement; readonly spec: ListSpec; readonly parent: Frame };
  readonly itemIds: string[];
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
const propertyPath = /^\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*$/;
const eachPattern = /^\s*([A-Za-z_$][\w$]*)(?:\s*,\s*([A-Za-z_$][\w$]*))?\s+of\s+([A-Za-z_$][\w$.]*)\s*$/;

function match(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}

/** Splits text with `${path}` bindings into static text and property paths, alternating. */
function splitBindings(text: string, fail: (problem: string) => never): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (let start = text.indexOf("${"); start >= 0; start = text.indexOf("${", from)) {
    const end = text.indexOf("}", start);
    if (end < 0) fail(`the binding "${text.slice(start, start + 20)}" is not closed; end it with }`);
    const inside = text.slice(start + 2, end);
    const name = propertyPath.exec(inside)?.[1];
    const habit = bindingHabit(inside);
    if (habit !== undefined && (name === undefined || inside.trimStart().startsWith("loop."))) {
      fail(`"${text.slice(start, end + 1)}" ${habit}`);
    }
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
  private frame: Frame = { strings: [], chunk: "", holes: [], itemIds: [] };
  private readonly ids: string[] = [];
  private readonly itemIds = new Map<string, Extract<Hole, { kind: "list" }>>();
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
    this.frame.strings.push(this.frame.chunk);
    return {
      strings: templateStrings(this.frame.strings),
      holes: this.frame.holes,
      ids: this.ids,
      itemIds: this.itemIds,
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
    this.frame.strings.push(this.frame.chunk);
    this.frame.chunk = "";
    this.frame.holes.push(hole);
  }

  /** Checks that a path starts with a declared property or the item or index name of the list it is in. */
  private property(path: string, where: OpenElement): string {
    const head = path.split(".", 1)[0] as string;
    const list = this.frame.list?.spec;
    if (this.scope.properties.includes(head) || head === list?.item || head === list?.index) return path;
    const habit = bindingHabit(path);
    if (habit !== undefined) this.fail(where, `"\${${path}}" ${habit}`);
    const known = this.scope.properties.length > 0 ? this.scope.properties.join(", ") : "none";
    return this.fail(where, `binds "\${${path}}", which is not in static properties (known: ${known}); declare it`);
  }

  /** Whether `${path}` in text shows child nodes: a `static children` property, or an item of one. */
  private isChildren(path: string): boolean {
    const children = this.scope.children ?? [];
    const list = this.frame.list?.spec;
    return children.includes(path) || (path === list?.item && children.includes(list.items));
  }

  /** Fails when `text` at `at` holds Jinja syntax, naming the rivulet form. */
  private refuseJinja(text: string, at: number): void {
    const jinja = findJinja(text);
    if (jinja === undefined) return;
    this.fail(
      at + jinja.offset,
      `uses Jinja's "${jinja.construct}", which rivulet does not evaluate; ${jinja.instead}`,
    );
  }

  private text(end: number): void {
    const text = this.source.slice(this.at, end);
    this.refuseJinja(text, this.at);
    const binding = text.indexOf("${");
    if (binding >= 0) this.refuseInert(this.at + binding, text.slice(binding));
    const parent = this.open.at(-1);
    const pieces = splitBindings(text, (problem) => this.fail(parent ?? this.at, problem));
    for (let i = 0; i < pieces.length; i += 1) {
      const piece = pieces[i] as string;
      if (i % 2 === 0) {
        this.frame.chunk += piece;
        continue;
      }
      if (parent === undefined)
        this.fail(this.at, `the text binding \${${piece}} must be inside an element with an id`);
      if (this.frame.list === undefined) this.requireId(parent, `shows \${${piece}}`);
      const property = this.property(piece, parent);
      this.hole({ kind: this.isChildren(property) ? "child" : "text", property });
    }
    this.at = end;
  }

  private comment(): void {
    if (!this.source.startsWith("<!--", this.at)) {
      this.fail(this.at, "starts a <! declaration, which templates do not support; use <!-- comments --> only");
    }
    const end = this.source.indexOf("-->", this.at + 4);
    if (end < 0) this.fail(this.at, "opens a comment that is never closed; end it with -->");
    this.frame.chunk += this.source.slice(this.at, end + 3);
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
    this.frame.chunk += found[0];
    if (this.frame.list?.element === element) this.closeList();
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
    const repeated = this.openList(element, attributes);
    this.registerId(element);
    this.frame.chunk += `<${name}`;
    for (const attribute of attributes) {
      if (!repeated || !/^(?:each|key)$/i.test(attribute.name)) this.attribute(element, attribute);
    }
    this.frame.chunk += end[0];
    if (end[0] === "/>" && !voidElements.has(tag)) {
      if (!element.foreign) this.fail(element, `does not close itself in HTML; write <${name}></${name}>`);
      if (repeated) this.closeList();
      return;
    }
    if (voidElements.has(tag)) {
      if (repeated) this.closeList();
      return;
    }
    this.open.push(element);
    const rawText = element.foreign ? undefined : rawTextReason(tag);
    if (rawText !== undefined) this.rawText(element, tag, rawText);
  }

  /** When `element` has `each="${item of items}"`, starts the item template it is repeated with. */
  private openList(element: OpenElement, attributes: readonly Attribute[]): boolean {
    const each = attributes.find((attribute) => attribute.name.toLowerCase() === "each");
    if (each === undefined) return false;
    const value = each.value ?? "";
    const outer = this.frame.list?.element;
    if (outer !== undefined) {
      this.fail(element, `repeats inside the list of ${this.describe(outer)}; nest a component for inner lists`);
    }
    this.requireId(element, `repeats for each="${value}"`);
    const parsed = value.startsWith("${") && value.endsWith("}") ? eachPattern.exec(value.slice(2, -1)) : null;
    if (parsed === null) {
      const items = /^\$\{\s*([\w$.]+)\s*\}$/.exec(value)?.[1] ?? "objects";
      this.fail(element, `writes each="${value}"; name the item and the array: each="\${obj of ${items}}"`);
    }
    const [, item, index, items] = parsed as unknown as [string, string, string | undefined, string];
    this.property(items, element);
    const keyAttribute = attributes.find((attribute) => attribute.name.toLowerCase() === "key");
    const keyPath = keyAttribute?.value === undefined ? undefined : /^\$\{\s*([\w$.]+)\s*\}$/.exec(keyAttribute.value);
    if (keyAttribute !== undefined && (keyPath === null || keyPath === undefined)) {
      this.fail(element, `writes key="${keyAttribute.value ?? ""}"; key each item by a path: key="\${${item}.id}"`);
    }
    const spec: ListSpec = { item, index, items, key: keyPath?.[1] };
    this.frame = { strings: [], chunk: "", holes: [], itemIds: [], list: { element, spec, parent: this.frame } };
    if (spec.key !== undefined) this.property(spec.key, element);
    return true;
  }

  /** Ends the item template of the element being repeated and puts its list hole into the enclosing template. */
  private closeList(): void {
    const frame = this.frame;
    const list = frame.list as NonNullable<Frame["list"]>;
    frame.strings.push(frame.chunk);
    const { item, index, items, key } = list.spec;
    const template = { strings: templateStrings(frame.strings), holes: frame.holes };
    const hole = { kind: "list", items, item, index, key, template } as const;
    for (const id of frame.itemIds) this.itemIds.set(id, hole);
    this.frame = list.parent;
    this.hole(hole);
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
    if (this.frame.list !== undefined) this.frame.itemIds.push(id);
  }

  private requireId(element: OpenElement, what: string): asserts element is OpenElement & { id: string } {
    if (element.id === undefined) this.fail(element, `${what} but has no id; add id="..." to the node`);
  }

  private attribute(element: OpenElement, attribute: Attribute): void {
    const name = attribute.name.toLowerCase();
    if (name.includes("${")) this.fail(element, `binds an attribute name; bind a value instead: name="\${prop}"`);
    if (attribute.value) this.refuseJinja(attribute.value, attribute.at + attribute.text.indexOf(attribute.value));
    if (name === "id" && this.frame.list !== undefined && attribute.value !== undefined) {
      // Panel's id="item-{{ loop.index0 }}": each item's nodes get their index, so that events can say which one.
      this.frame.chunk += ` ${attribute.name}="`;
      this.hole({ kind: "attribute", pieces: [`${attribute.value}-`, itemIndex, ""], url: false });
      this.frame.chunk += `"`;
      return;
    }
    if (attribute.value === undefined || !attribute.value.includes("${")) {
      this.frame.chunk += ` ${attribute.text}`;
      return;
    }
    this.refuseInert(attribute.at, attribute.value.slice(attribute.value.indexOf("${")));
    if (this.frame.list === undefined) this.requireId(element, `binds ${name}`);
    if (unbindableAttributes.has(name)) this.fail(element, `binds ${name}, which cannot be bound; make it static`);
    const pieces = splitBindings(attribute.value, (problem) => this.fail(element, `in ${name}: ${problem}`));
    if (name.startsWith("on")) {
      this.requireId(element, `binds ${name}`);
      this.listener(element, name.slice(2), pieces);
      return;
    }
    for (let i = 1; i < pieces.length; i += 2) this.property(pieces[i] as string, element);
    const tag = element.tag.toLowerCase();
    const key = twoWayKey(tag, name);
    if (key !== undefined && this.frame.list !== undefined) {
      this.fail(element, `binds ${name} two-way inside a list; make each item a component with its own ${name}`);
    }
    if (key !== undefined) {
      if (pieces.length !== 3 || pieces[0] !== "" || pieces[2] !== "") {
        this.fail(
          element,
          `binds ${name} to "${attribute.value}"; a two-way ${name} binds one property: ${name}="\${prop}"`,
        );
      }
      const property = pieces[1] as string;
      this.frame.chunk += ` .${key}=`;
      this.hole({ kind: "live", key, property });
      this.twoWay.push({ node: element.id as string, key, property });
      return;
    }
    this.frame.chunk += ` ${attribute.name}="`;
    this.hole({ kind: "attribute", pieces, url: urlKind(tag, name) });
    this.frame.chunk += `"`;
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
    this.frame.chunk += content;
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
