// Runs an anywidget front-end module, written for Jupyter, unchanged as a rivulet element: its `initialize` and
// `render` get a model over the element's properties, its CSS goes into the element's shadow root.
import { unsafeCSS, type PropertyDeclarations } from "lit";
import { defineComponent, DefinitionError, type ComponentClass } from "./define-component.js";
import type { PropertiesOf } from "./component-types.js";
import type { RenderComponent, WidgetHooks } from "./render-component.js";

/**
 * How to host an anywidget module: the tag, the traitlets it syncs (as Lit properties), their defaults, its CSS.
 *
 * @example
 * const options: AnywidgetOptions<{ count: { type: NumberConstructor } }> = { tag: "counter-widget", properties: { count: { type: Number } } };
 * defineAnywidget(widgetModule, options);
 */
export interface AnywidgetOptions<P extends PropertyDeclarations> {
  /** The custom element name, e.g. `"counter-widget"`. */
  readonly tag: string;
  /** The Python class's synced traits, e.g. `{ value: { type: Number } }` for `value = Int(0).tag(sync=True)`. */
  readonly properties?: P | undefined;
  /** The traits' defaults, e.g. `{ value: 0 }`. */
  readonly defaults?: NoInfer<Partial<PropertiesOf<P>>> | undefined;
  /** The Python class's `_css` text; adopted as a constructable stylesheet, so a strict CSP allows it. */
  readonly css?: string | undefined;
}

type Hooks = WidgetHooks<object>;

function isObject(value: unknown): value is Record<string, unknown> {
  return (typeof value === "object" || typeof value === "function") && value !== null;
}

/** The widget's hooks from a module namespace: `export default { render }`, a factory, or a bare `export render`. */
async function widgetHooks(module: unknown, tag: string): Promise<Hooks> {
  if (!isObject(module)) {
    throw new DefinitionError(`defineAnywidget: <${tag}>'s module is ${String(module)}; pass what import() gives`);
  }
  if (typeof module.render === "function") return { render: module.render } as Hooks;
  const exported = module.default;
  const widget: unknown = typeof exported === "function" ? await (exported as () => unknown)() : exported;
  if (!isObject(widget) || (typeof widget.render !== "function" && typeof widget.initialize !== "function")) {
    throw new DefinitionError(
      `defineAnywidget: <${tag}>'s module has no render or initialize; export default { render({ model, el }) {...} }`,
    );
  }
  const hook = (name: "initialize" | "render"): unknown => {
    const candidate = widget[name];
    return typeof candidate === "function" ? (candidate as () => unknown).bind(widget) : undefined;
  };
  return { initialize: hook("initialize"), render: hook("render") } as Hooks;
}

/**
 * Defines an element that runs an anywidget front-end module (the `_esm` of a Python `anywidget.AnyWidget`). The
 * module's `model.get/set/on/off/save_changes` work on the element's properties; `model.send` goes into the
 * element's `messages` queue; `element.send(content)` reaches its `msg:custom` listeners.
 *
 * @example
 * const CounterWidget = await defineAnywidget(await import("./counter.js"), {
 *   tag: "counter-widget",
 *   properties: { value: { type: Number } },
 *   defaults: { value: 0 },
 * });
 * document.body.append(new CounterWidget());
 */
export async function defineAnywidget<const P extends PropertyDeclarations = Record<never, never>>(
  module: unknown,
  options: AnywidgetOptions<P>,
): Promise<ComponentClass<RenderComponent, PropertiesOf<P>>> {
  const { tag, properties, defaults, css } = options;
  const hooks = await widgetHooks(module, tag);
  const styles = css === undefined ? [] : [unsafeCSS(css)]; // the module author's own CSS, as Jupyter loads it
  const definition = { tag, properties, defaults, styles, ...hooks };
  return defineComponent(definition as never) as unknown as ComponentClass<RenderComponent, PropertiesOf<P>>;
}
