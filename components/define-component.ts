// Makes a ReactiveHTML component from a plain description, for pages that want an element without writing a class:
// a Panel-style template, or render-function hooks (Panel's JSComponent, anywidget's module format).
import type { CSSResultGroup, PropertyDeclarations } from "lit";
import { ReactiveHTML, type DomEvents } from "./reactive-html.js";
import { RenderComponent, type WidgetHooks } from "./render-component.js";
import type { PropertiesOf, TemplateDomEvents } from "./component-types.js";
import { defineOnce } from "./define-once.js";

/**
 * `defineComponent` was given a tag that cannot be a custom element name.
 *
 * @example
 * try { defineComponent({ tag: "nodash", template: "<p id=\"p\"></p>" }); } catch (error) { console.assert(error instanceof DefinitionError); }
 */
export class DefinitionError extends Error {
  override name = "DefinitionError";
}

interface DefinitionBase<P> {
  /** The custom element name: lowercase, with a dash, e.g. `"image-view"`. */
  readonly tag: string;
  readonly properties?: P | undefined;
  /** Each new element's starting values, e.g. `{ count: 0 }`; attributes and assignments then override them. */
  readonly defaults?: NoInfer<Partial<PropertiesOf<P & PropertyDeclarations>>> | undefined;
  readonly styles?: CSSResultGroup | undefined;
}

/**
 * A component made from a template: the same statics a `ReactiveHTML` subclass declares, and a tag.
 *
 * @example
 * defineComponent({ tag: "my-image", template: '<img id="img" src="${src}">', properties: { src: {} }, domEvents: { img: ["click"] } });
 */
export interface TemplateDefinition<P = PropertyDeclarations, T extends string = string> extends DefinitionBase<P> {
  /** The Panel-style template string, e.g. `'<img id="img" src="${src}">'`. */
  readonly template: T;
  /** Keys are the template's ids; TypeScript checks them when the template is a literal. */
  readonly domEvents?: TemplateDomEvents<T> | undefined;
  /** Only for render-function components. */
  readonly initialize?: undefined;
  /** Only for render-function components. */
  readonly render?: undefined;
}

/**
 * A component made by render functions, typed by its properties `Props`.
 *
 * @example
 * defineComponent({
 *   tag: "my-clock", properties: { now: { type: Number } },
 *   render: ({ model, el }) => { el.textContent = String(model.get("now")); },
 * });
 */
export interface RenderDefinition<P = PropertyDeclarations, Props extends object = object>
  extends DefinitionBase<P>, WidgetHooks<Props> {
  /** Only for template components. */
  readonly template?: undefined;
  /** Keys are ids of nodes the render function makes. */
  readonly domEvents?: DomEvents | undefined;
}

/**
 * What `defineComponent` needs: a tag, and a template or render functions.
 *
 * @example
 * const definition: ComponentDefinition = { tag: "my-label", template: '<span id="s">${text}</span>', properties: { text: {} } };
 * defineComponent(definition);
 */
export type ComponentDefinition<P = PropertyDeclarations, T extends string = string, Props extends object = object> =
  TemplateDefinition<P, T> | RenderDefinition<P, Props>;

/**
 * The class `defineComponent` returns: its elements have the declared properties, typed.
 *
 * @example
 * const Counter: ComponentClass<ReactiveHTML, { count: number }> = defineComponent({
 *   tag: "my-counter", template: '<p id="p">${count}</p>', properties: { count: { type: Number } },
 * });
 */
export type ComponentClass<Base extends ReactiveHTML, Props extends object> = (new () => Base & Props) &
  Omit<typeof ReactiveHTML, "prototype">;

const customElementName = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/** "image-view" → "ImageView", so that error messages name the component as a class would. */
function className(tag: string): string {
  return tag.replace(/(?:^|[-._])([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** Declarations for explicitly given properties: one per property. */
type DeclarationsOf<Props> = { readonly [K in keyof Props]: PropertyDeclarations[string] };

/** The class for a definition: a template component, or a render-function one. */
function componentClass(definition: ComponentDefinition<PropertyDeclarations, string, never>): typeof ReactiveHTML {
  const { tag, template, properties = {}, domEvents = {}, styles = [], initialize, render } = definition;
  const defaults: object = definition.defaults ?? {};
  const label = `<${tag}>`;
  if (template !== undefined && (initialize !== undefined || render !== undefined)) {
    throw new DefinitionError(
      `defineComponent: ${label} has a template and render functions; give one: template, or render/initialize`,
    );
  }
  if (template === undefined) {
    if (initialize === undefined && render === undefined) {
      throw new DefinitionError(`defineComponent: ${label} has no template and no render function; give one`);
    }
    return class extends RenderComponent {
      static override properties = properties;
      static override domEvents = domEvents as DomEvents;
      static override styles: CSSResultGroup = [RenderComponent.styles, styles];
      static override widget: WidgetHooks<object> = { initialize, render } as WidgetHooks<object>;
      constructor() {
        super();
        Object.assign(this, defaults);
      }
    };
  }
  return class extends ReactiveHTML {
    static override template = template;
    static override properties = properties;
    static override domEvents = domEvents as DomEvents;
    static override styles = styles;
    constructor() {
      super();
      Object.assign(this, defaults);
    }
  };
}

/**
 * Defines a custom element and returns its class, typed by its declared properties (`{ type: String }` gives a
 * `string`; `property<T>()` any other type). Give a Panel-style `template` (checked now: a broken one throws a
 * `TemplateError`), or `render({ model, el })` and `initialize({ model })` as in Panel's JSComponent and anywidget.
 * Pass `Props` explicitly (`defineComponent<{ src: string }>(...)`) to type the properties yourself.
 * A tag already defined keeps its first definition (see `defineOnce`), so a module may be evaluated more than
 * once.
 *
 * @example
 * const ImageView = defineComponent({
 *   tag: "image-view",
 *   template: '<img id="img" src="${src}">',
 *   properties: { src: { type: String } },
 *   domEvents: { img: ["pointermove"] },
 * });
 * const view = new ImageView(); // view.src is a string
 * const Counter = defineComponent({
 *   tag: "click-counter",
 *   properties: { count: { type: Number } },
 *   render({ model, el }) {
 *     el.onclick = () => model.set("count", model.get("count") + 1);
 *   },
 * });
 */
export function defineComponent<
  const P extends PropertyDeclarations = Record<never, never>,
  const T extends string = string,
>(definition: TemplateDefinition<P, T>): ComponentClass<ReactiveHTML, PropertiesOf<P>>;
export function defineComponent<const P extends PropertyDeclarations = Record<never, never>>(
  definition: RenderDefinition<P, PropertiesOf<P>>,
): ComponentClass<RenderComponent, PropertiesOf<P>>;
export function defineComponent<Props extends object>(
  definition: RenderDefinition<DeclarationsOf<NoInfer<Props>>, NoInfer<Props>>,
): ComponentClass<RenderComponent, Props>;
export function defineComponent<Props extends object, const T extends string = string>(
  definition: TemplateDefinition<DeclarationsOf<NoInfer<Props>>, T>,
): ComponentClass<ReactiveHTML, Props>;
export function defineComponent(definition: ComponentDefinition<PropertyDeclarations, string, never>): unknown {
  const { tag } = definition;
  if (typeof tag !== "string" || !customElementName.test(tag)) {
    throw new DefinitionError(
      `defineComponent: tag "${String(tag)}" is not a custom element name; use lowercase with a dash, e.g. "image-view"`,
    );
  }
  const Component = componentClass(definition);
  Object.defineProperty(Component, "name", { value: className(tag) });
  return defineOnce(tag, Component);
}
