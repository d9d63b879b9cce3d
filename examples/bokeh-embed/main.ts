// Builds a Bokeh document with BokehJS's API (a slider, a figure and a rivulet pad in one layout), serializes it with
// to_json and embeds it with embed_item, as a page showing a document from Python would; then wires the slider.
import type { RivuletElementClass } from "rivulet/bokeh";
import type { BokehNamespace } from "rivulet";
import type { Slider } from "@bokeh/bokehjs/build/js/lib/models/widgets/sliders/slider";

/** What the page's classic scripts define: BokehJS (with its widgets) and rivulet-bokeh.js. */
interface PageGlobals {
  Bokeh: BokehNamespace & { Widgets: { Slider: typeof Slider } };
  Rivulet: { RivuletElement: RivuletElementClass };
}

const { Bokeh, Rivulet } = window as unknown as PageGlobals;

/** The pad's size in CSS px; the figure shows the same area, y pointing down as on the screen. */
const padWidth = 420;
const padHeight = 320;

function buildDocument() {
  const source = new Bokeh.ColumnDataSource({ data: { type: [], x: [], y: [], t: [] } });
  const pad = new Rivulet.RivuletElement({
    name: "pad",
    tag: "riv-pad",
    element_properties: { height: padHeight },
    source,
    event_fields: ["type", "x", "y", "t"],
    event_types: ["pointermove"],
    rollover: 2000,
    width: padWidth,
    stylesheets: ["riv-pad::part(pad) { background: #eef2ff; border: 1px solid #c7d2fe; border-radius: 8px; }"],
  });
  const slider = new Bokeh.Widgets.Slider({ name: "height", title: "Pad height (px)", start: 120, end: 400, step: 10 });
  Object.assign(slider, { value: padHeight, width: padWidth });
  const figure = Bokeh.Plotting.figure({
    title: "Where the pointer moved over the pad",
    width: padWidth,
    height: 360,
    x_range: [0, padWidth],
    y_range: [400, 0],
    tools: "reset",
  });
  figure.scatter({ field: "x" }, { field: "y" }, { source, size: 5, fill_color: "#4f46e5", line_color: null });
  const column = new Bokeh.Column({ children: [slider, pad] });
  const layout = new Bokeh.Row({ children: [column, figure] });
  const doc = new Bokeh.Document();
  doc.add_root(layout);
  return { doc, layout };
}

const { doc, layout } = buildDocument();
const item = { doc: doc.to_json(), root_id: layout.id, target_id: "app" };
const views = await Bokeh.embed.embed_item(JSON.parse(JSON.stringify(item)) as typeof item, "app");
const embedded = [...views][0]?.model.document;
const slider = embedded?.get_model_by_name("height");
const pad = embedded?.get_model_by_name("pad");
if (!(slider instanceof Bokeh.Widgets.Slider) || !(pad instanceof Rivulet.RivuletElement)) {
  throw new Error("bokeh-embed: the embedded document has no slider named height or pad named pad");
}
slider.connect(slider.properties.value.change, () => {
  pad.element_properties = { height: slider.value };
});
