// The `RivuletElement` Bokeh model: places a rivulet element, by tag, in a Bokeh layout and streams its event samples
// into a ColumnDataSource of the same document. Built from the page's own BokehJS classes at registration time.
import type * as LayoutDomModule from "@bokeh/bokehjs/build/js/lib/models/layouts/layout_dom";
import type * as SourceModule from "@bokeh/bokehjs/build/js/lib/models/sources/column_data_source";
import type * as Kinds from "@bokeh/bokehjs/build/js/lib/core/kinds";
import type * as BokehProperties from "@bokeh/bokehjs/build/js/lib/core/properties";
import { FrameBatcher, type ColumnBatch } from "../../components/frame-batcher.js";
import { sampleEventName } from "../../components/reactive-html.js";

/**
 * The model's type name in documents; the Python class `rivulet_elements.RivuletElement` has the same one.
 *
 * @example
 * const pads = Bokeh.documents[0].all_models.filter((model) => model.type === rivuletElementType);
 */
export const rivuletElementType = "rivulet_elements.RivuletElement";

/** At most this many samples wait for a frame while the view is not shown; then they are streamed at once. */
const pendingLimit = 10_000;

/**
 * What this module needs of a page's BokehJS: its module loader. `window.Bokeh` of the stock scripts is one.
 *
 * @example
 * const bokeh: PageBokeh = window.Bokeh;
 * registerRivuletElement(bokeh);
 */
export interface PageBokeh {
  /** Returns one of BokehJS's own modules by name, e.g. `"models/layouts/layout_dom"`. */
  require(name: string): unknown;
}

/**
 * A BokehJS `Dict` value: a plain object from the TypeScript API, a `Map` when deserialized from a document.
 *
 * @example
 * const attributes: BokehDict<string> = { "aria-label": "drawing pad" };
 */
export type BokehDict<T> = Record<string, T> | Map<string, T>;

const entriesOf = <T>(dict: BokehDict<T>): [string, T][] =>
  dict instanceof Map ? [...dict.entries()] : Object.entries(dict);

type ColumnDataSource = InstanceType<typeof SourceModule.ColumnDataSource>;

/**
 * The properties `RivuletElement` adds to `LayoutDOM`, and their defaults: the Python class declares the same.
 *
 * @example
 * const props: Partial<RivuletElementProps> = { tag: "riv-pad", event_fields: ["x", "y"], rollover: 500 };
 * new RivuletElement(props);
 */
export interface RivuletElementProps {
  /** The custom element's tag, e.g. `"riv-pad"`. */
  tag: string;
  /** Set as properties of the element (`element.height = 300`), followed when they change. */
  element_properties: BokehDict<unknown>;
  /** Set as attributes of the element, followed when they change. */
  element_attributes: BokehDict<string>;
  /** Where the element's samples go, one `stream` call per animation frame; none: nowhere. */
  source: ColumnDataSource | null;
  /** The sample fields streamed, each a column of `source`. */
  event_fields: string[];
  /** The sample types streamed (`"pointermove"`, …); empty: every type. */
  event_types: string[];
  /** How many rows `source` keeps (BokehJS's `rollover`); none: every row. */
  rollover: number | null;
}

/** The same properties as BokehJS declares them. */
type DeclaredProps = { [name in keyof RivuletElementProps]: BokehProperties.Property<RivuletElementProps[name]> };

/**
 * A `RivuletElement` model instance, as BokehJS makes it.
 *
 * @example
 * const pad: RivuletElementModel = new RivuletElement({ tag: "riv-pad" });
 * pad.element_attributes = { label: "Move here" }; // the element follows
 */
export type RivuletElementModel = InstanceType<typeof LayoutDomModule.LayoutDOM> & RivuletElementProps;

/**
 * The model class that `registerRivuletElement` registers.
 *
 * @example
 * const RivuletElement: RivuletElementClass = registerRivuletElement(window.Bokeh);
 * const pad = new RivuletElement({ tag: "riv-pad", width: 400, height: 300 });
 */
export interface RivuletElementClass {
  new (attrs?: Partial<RivuletElementProps> & Record<string, unknown>): RivuletElementModel;
  /** The type name documents give the model, set explicitly since a minifier renames classes: `rivuletElementType`. */
  readonly __qualified__: string;
}

/**
 * Thrown when a page's BokehJS lacks what the model is built from.
 *
 * @example
 * try {
 *   registerRivuletElement(window.Bokeh);
 * } catch (error) {
 *   if (error instanceof BokehHostError) console.error(error.message); // e.g. an older BokehJS
 * }
 */
export class BokehHostError extends Error {
  override name = "BokehHostError";
}

const registered = new WeakMap<PageBokeh, RivuletElementClass>();

/**
 * Builds the `RivuletElement` model and its view from the page's BokehJS and registers them with it (once per
 * BokehJS; later calls return the same class), so documents that name `rivulet_elements.RivuletElement` render.
 *
 * @example
 * const RivuletElement = registerRivuletElement(window.Bokeh);
 * const source = new Bokeh.ColumnDataSource({ data: { x: [], y: [] } });
 * const pad = new RivuletElement({ tag: "riv-pad", source, event_fields: ["x", "y"], rollover: 500 });
 * Bokeh.Plotting.show(new Bokeh.Column({ children: [pad] }), "#app");
 */
export function registerRivuletElement(bokeh: PageBokeh): RivuletElementClass {
  const known = registered.get(bokeh);
  if (known !== undefined) return known;
  if (typeof bokeh?.require !== "function") {
    throw new BokehHostError(
      "rivulet/bokeh: the BokehJS given has no require(); pass the page's window.Bokeh, loaded from bokeh.min.js",
    );
  }
  const model = defineModel(bokeh);
  const base = bokeh.require("base") as { register_models(models: Record<string, unknown>): void };
  base.register_models({ RivuletElement: model });
  registered.set(bokeh, model);
  return model;
}

function defineModel(bokeh: PageBokeh): RivuletElementClass {
  const { LayoutDOM, LayoutDOMView } = bokeh.require("models/layouts/layout_dom") as typeof LayoutDomModule;
  const { ColumnDataSource } = bokeh.require("models/sources/column_data_source") as typeof SourceModule;

  class RivuletElementView extends LayoutDOMView {
    declare model: RivuletElementModel;
    private element: HTMLElement | undefined;
    private readonly batcher = new FrameBatcher([], (batch) => this.streamBatch(batch), pendingLimit);
    private readonly onSample = (event: Event): void => this.forward(event);

    get child_models(): [] {
      return [];
    }

    override connect_signals(): void {
      super.connect_signals();
      const p = this.model.properties as unknown as DeclaredProps;
      this.on_change(p.tag, () => this.replaceElement());
      this.on_change([p.element_properties, p.element_attributes], () => this.applyToElement());
      this.on_change(p.event_fields, () => this.batcher.setColumns(this.model.event_fields));
    }

    override render(): void {
      super.render();
      this.element ??= this.makeElement();
      this.shadow_el.append(this.element);
      this.batcher.start();
    }

    override remove(): void {
      this.batcher.flush();
      this.batcher.stop();
      this.element?.removeEventListener(sampleEventName, this.onSample);
      this.element?.remove();
      this.element = undefined;
      super.remove();
    }

    private makeElement(): HTMLElement {
      const { tag, event_fields } = this.model;
      const element = document.createElement(tag);
      element.style.width = "100%";
      element.style.height = "100%";
      element.addEventListener(sampleEventName, this.onSample);
      this.batcher.setColumns(event_fields);
      this.element = element;
      this.applyToElement();
      return element;
    }

    private replaceElement(): void {
      this.element?.removeEventListener(sampleEventName, this.onSample);
      this.element?.remove();
      this.element = undefined;
      this.invalidate_render();
    }

    private applyToElement(): void {
      const element = this.element;
      if (element === undefined) return;
      for (const [name, value] of entriesOf(this.model.element_attributes)) element.setAttribute(name, value);
      for (const [name, value] of entriesOf(this.model.element_properties)) Reflect.set(element, name, value);
    }

    private forward(event: Event): void {
      const sample = (event as CustomEvent<{ type: string }>).detail;
      const types = this.model.event_types;
      if (types.length > 0 && !types.includes(sample.type)) return;
      this.batcher.add(sample);
    }

    private streamBatch(batch: ColumnBatch): void {
      const { source, rollover } = this.model;
      source?.stream(batch, rollover ?? undefined);
    }
  }

  class RivuletElement extends LayoutDOM {
    static {
      this.__qualified__ = rivuletElementType;
      this.prototype.default_view = RivuletElementView;
      this.define<DeclaredProps>(({ Str, Int, Dict, List, Unknown, Nullable, Ref }: typeof Kinds) => ({
        tag: [Str, "riv-pad"],
        element_properties: [Dict(Unknown), {}],
        element_attributes: [Dict(Str), {}],
        source: [Nullable(Ref(ColumnDataSource)), null],
        event_fields: [List(Str), ["type", "x", "y", "t"]],
        event_types: [List(Str), []],
        rollover: [Nullable(Int), null],
      }));
    }
  }
  return RivuletElement as unknown as RivuletElementClass;
}
