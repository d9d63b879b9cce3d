// Types that let `defineComponent` return a typed element class: property types read from the `properties`
// declaration (or given with `property<T>()`), and `domEvents` keys checked against the ids of a literal template.
import type { PropertyDeclaration, PropertyDeclarations } from "lit";
import type { DomEventSpec } from "./reactive-html.js";

declare const valueType: unique symbol;

/**
 * A Lit property declaration that also carries the property's TypeScript type, for `defineComponent`.
 *
 * @example
 * const points: TypedPropertyDeclaration<[number, number][]> = property<[number, number][]>({ attribute: false });
 */
export type TypedPropertyDeclaration<T> = PropertyDeclaration<T> & { readonly [valueType]?: T };

/**
 * Declares a property whose type `defineComponent` cannot read from `type` alone (arrays, objects, unions).
 *
 * @example
 * defineComponent({ tag: "point-list", properties: { points: property<[number, number][]>({ attribute: false }) }, render });
 */
export function property<T>(declaration: PropertyDeclaration<T> = {}): TypedPropertyDeclaration<T> {
  return declaration;
}

/** The TypeScript type Lit's attribute converter gives for a declaration's `type`. */
type FromConverterType<D> = D extends { readonly type: StringConstructor }
  ? string
  : D extends { readonly type: NumberConstructor }
    ? number
    : D extends { readonly type: BooleanConstructor }
      ? boolean
      : D extends { readonly type: ArrayConstructor }
        ? unknown[]
        : unknown;

/**
 * The type of one declared property: from `property<T>()` when given, else from its `type`.
 *
 * @example
 * type Count = PropertyType<{ type: NumberConstructor }>; // number
 */
export type PropertyType<D> = D extends { readonly [valueType]?: infer T }
  ? unknown extends T
    ? FromConverterType<D>
    : T
  : FromConverterType<D>;

/**
 * The element properties a `properties` declaration describes.
 *
 * @example
 * type P = PropertiesOf<{ src: { type: StringConstructor } }>; // { src: string }
 */
export type PropertiesOf<P extends PropertyDeclarations> = { -readonly [K in keyof P & string]: PropertyType<P[K]> };

/**
 * The ids in a template literal type (`id="x"` or `id='x'`); `string` when the template is not a literal.
 *
 * @example
 * type Ids = TemplateIds<'<img id="img"><p id="caption"></p>'>; // "img" | "caption"
 */
export type TemplateIds<T extends string> = string extends T
  ? string
  : T extends `${string} id="${infer Id}"${infer Rest}`
    ? Id | TemplateIds<Rest>
    : T extends `${string} id='${infer Id}'${infer Rest}`
      ? Id | TemplateIds<Rest>
      : never;

/**
 * `domEvents` for a template: keys limited to the template's ids when TypeScript knows them.
 *
 * @example
 * const events: TemplateDomEvents<'<img id="img">'> = { img: ["click"] }; // "imgg" would not type-check
 */
export type TemplateDomEvents<T extends string> = Readonly<Partial<Record<TemplateIds<T>, readonly DomEventSpec[]>>>;
