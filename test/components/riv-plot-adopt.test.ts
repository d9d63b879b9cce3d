// Tests of `<riv-plot>.adopt` in Chromium with the real BokehJS: a Bokeh figure built with BokehJS's API, serialized
// and embedded with `Bokeh.embed.embed_item`, adopted; trusted moves over it become rows of its own source, its
// toolbar follows the active-drag rule, and nothing the plot added stays on the figure after release or removal.
import { expect } from "chai";
import { resetMouse, sendMouse } from "@web/test-runner-commands";
import { Bokeh } from "../../components/bokeh.js";
import { RivPlot } from "../../components/riv-plot.js";
import type { PlotEventType, PlotPointerSample } from "../../components/plot-events.js";
import type { PlotModel, PlotSource, PlotView } from "../../components/plot-figure.js";
import { PlotError } from "../../components/plot-options.js";
import { sampleEventName } from "../../components/reactive-html.js";
import { nextFrame, shown, until } from "./riv-plot-input-harness.js";

class MovesPlot extends RivPlot {
  static override plotEvents: readonly PlotEventType[] = ["pointermove"];
}
customElements.define("adopting-moves-plot", MovesPlot);

/** A figure and its source as the page's BokehJS shows them after `embed_item`, and the element they are in. */
interface Embedded {
  readonly figure: PlotModel;
  readonly source: PlotSource;
  readonly view: PlotView;
  readonly host: HTMLElement;
}

/** Builds a document (a figure named "moves" drawing a source named "trail"), embeds its JSON, returns the copy. */
async function embedFigure(columns: readonly string[] = ["x", "y"]): Promise<Embedded> {
  const source = new Bokeh.ColumnDataSource({ name: "trail", data: Object.fromEntries(columns.map((c) => [c, []])) });
  const built = Bokeh.Plotting.figure({
    name: "moves",
    width: 400,
    height: 300,
    x_range: [0, 100],
    y_range: [0, 100],
    tools: "pan,reset",
  });
  built.scatter({ field: "x" }, { field: "y" }, { source, size: 6 });
  const doc = new Bokeh.Document();
  doc.add_root(built);
  const host = document.createElement("div");
  host.id = `embedded-${built.id}`;
  document.body.append(host);
  const item = JSON.parse(JSON.stringify({ doc: doc.to_json(), root_id: built.id, target_id: host.id })) as {
    doc: ReturnType<typeof doc.to_json>;
    root_id: string;
    target_id: string;
  };
  const views = await Bokeh.embed.embed_item(item, host.id);
  const view = [...views][0] as PlotView | undefined;
  const embedded = view?.model.document;
  const figure = embedded?.get_model_by_name("moves");
  const trail = embedded?.get_model_by_name("trail");
  if (view === undefined || !(figure instanceof Bokeh.Plot) || !(trail instanceof Bokeh.ColumnDataSource)) {
    throw new Error("the embedded document has no figure named moves with a source named trail");
  }
  expect(figure, "a deserialized copy, not the figure built").not.to.equal(built);
  await until(() => view.frame.bbox.width > 0);
  return { figure, source: trail, view, host };
}

function unembed(embedded: Embedded): void {
  embedded.view.remove();
  embedded.host.remove();
}

function mount<T extends RivPlot = RivPlot>(attributes: Record<string, string> = {}, tag = "riv-plot"): T {
  const plot = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) plot.setAttribute(name, value);
  document.body.append(plot);
  return plot;
}

/** Where data point (x, y) of the embedded figure is on the page. */
function pagePoint({ view, figure }: Embedded, x: number, y: number): [number, number] {
  const { left, top, width, height } = view.frame.bbox;
  const { x_range, y_range } = figure;
  const rect = view.canvas_view.events_el.getBoundingClientRect();
  return [
    Math.round(rect.left + left + ((x - x_range.start) / (x_range.end - x_range.start)) * width),
    Math.round(rect.top + top + height - ((y - y_range.start) / (y_range.end - y_range.start)) * height),
  ];
}

async function moveThrough(embedded: Embedded, points: readonly (readonly [number, number])[]): Promise<void> {
  for (const [x, y] of points) await sendMouse({ type: "move", position: pagePoint(embedded, x, y) });
}

const diagonal = Array.from({ length: 8 }, (_, i) => [10 + i * 10, 15 + i * 10] as const);

describe("<riv-plot> adopting an embedded Bokeh figure", () => {
  afterEach(async () => {
    await resetMouse();
  });

  it("streams trusted moves over the adopted figure into its source, with the plot's rollover, and shows no figure of its own", async () => {
    const embedded = await embedFigure();
    const plot = mount({ rollover: "5" });
    plot.adopt({ figure: embedded.figure, source: embedded.source });
    plot.onPlotEvent("pointermove", plot.streamSink());
    await until(() => plot.view !== undefined);
    expect(plot.view, "the embedded figure's own view").to.equal(embedded.view);
    expect(plot.source).to.equal(embedded.source);

    await moveThrough(embedded, diagonal);
    expect(await until(() => embedded.source.get_length() === 5), "rows after rollover").to.equal(true);
    const xs = Array.from(embedded.source.get_array("x") as ArrayLike<number>);
    const ys = Array.from(embedded.source.get_array("y") as ArrayLike<number>);
    expect(xs.at(-1)).to.be.closeTo(80, 1.5);
    expect(ys.at(-1)).to.be.closeTo(85, 1.5);
    expect(xs[0], "the oldest rows rolled off").to.be.above(35);
    expect(plot.shadowRoot?.querySelector("canvas"), "no canvas of its own").to.equal(null);
    expect(plot.shadowRoot?.querySelector("#figure")?.childElementCount).to.equal(0);
    plot.remove();
    unembed(embedded);
  });

  it("dispatches a subclass's static plotEvents from the adopted figure as riv-event samples", async () => {
    const embedded = await embedFigure();
    const plot = mount<MovesPlot>({}, "adopting-moves-plot");
    const dispatched: PlotPointerSample[] = [];
    plot.addEventListener(sampleEventName, (event) => {
      dispatched.push((event as CustomEvent<PlotPointerSample>).detail);
    });
    plot.adopt({ figure: embedded.figure });
    await until(() => plot.view !== undefined);
    await moveThrough(embedded, diagonal.slice(0, 3));
    expect(await until(() => dispatched.length >= 3)).to.equal(true);
    expect(dispatched.at(-1)?.type).to.equal("pointermove");
    expect(dispatched.at(-1)?.x).to.be.closeTo(30, 1.5);
    expect(dispatched.at(-1)?.buttons).to.equal(0);
    expect(embedded.source.get_length(), "no source adopted: the figure's stays as it was").to.equal(0);
    plot.remove();
    unembed(embedded);
  });

  it("leaves no drag tool active on the figure's toolbar while moves are bound, and gives its own back", async () => {
    const embedded = await embedFigure();
    const toolbar = embedded.figure.toolbar;
    const own = toolbar.active_drag;
    expect(own === null, "the figure's pan tool or BokehJS's choice").to.equal(false);
    const plot = mount();
    plot.adopt({ figure: embedded.figure, source: embedded.source });
    await until(() => plot.view !== undefined);
    expect(toolbar.active_drag === own, "nothing bound yet").to.equal(true);
    const stop = plot.onPlotEvent("pointermove", () => undefined);
    expect(toolbar.active_drag === null, "bound").to.equal(true);
    stop();
    expect(toolbar.active_drag === own, "unbound").to.equal(true);
    plot.onPlotEvent("pointermove", () => undefined);
    plot.setAttribute("active-drag", "pan");
    await until(() => toolbar.active_drag !== null);
    expect(toolbar.active_drag instanceof Bokeh.PanTool, "active-drag=pan").to.equal(true);
    plot.setAttribute("active-drag", "auto");
    expect(await until(() => toolbar.active_drag === null), "auto again").to.equal(true);
    plot.adopt(null);
    expect(toolbar.active_drag === own, "released").to.equal(true);
    const ownView = await shown(plot);
    expect(ownView.model === plot.figure, "its own figure again").to.equal(true);
    expect(embedded.source.get_length()).to.equal(0);
    plot.remove();
    unembed(embedded);
  });

  it("leaves nothing on the figure after removal or re-adoption, and listens again when it is back in the page", async () => {
    const first = await embedFigure();
    const second = await embedFigure();
    const plot = mount();
    const moves: PlotPointerSample[] = [];
    plot.onPlotEvent("pointermove", (sample) => moves.push(sample));
    plot.adopt({ figure: first.figure, source: first.source });
    await until(() => plot.view !== undefined);
    expect(Object.hasOwn(first.figure, "trigger_event")).to.equal(true);

    plot.remove();
    expect(Object.hasOwn(first.figure, "trigger_event"), "the event hook").to.equal(false);
    expect(Object.hasOwn(first.view.canvas_view.ui_event_bus, "_trigger_bokeh_event"), "the bus hook").to.equal(false);
    expect(first.figure.toolbar.active_drag, "its own active drag").not.to.equal(null);
    await moveThrough(first, diagonal.slice(0, 3));
    for (let frame = 0; frame < 3; frame += 1) await nextFrame();
    expect(moves, "no moves while the plot is out of the page").to.have.length(0);

    document.body.append(plot);
    await until(() => plot.view !== undefined);
    await moveThrough(first, diagonal.slice(3, 5));
    expect(await until(() => moves.length >= 2)).to.equal(true);

    plot.adopt({ figure: second.figure, source: second.source });
    expect(Object.hasOwn(first.figure, "trigger_event"), "the first figure, after re-adoption").to.equal(false);
    expect(first.figure.toolbar.active_drag).not.to.equal(null);
    await until(() => plot.view === second.view);
    const before = moves.length;
    await moveThrough(first, diagonal.slice(0, 2));
    await moveThrough(second, diagonal.slice(0, 2));
    expect(await until(() => moves.length >= before + 2)).to.equal(true);
    for (const sample of moves.slice(before)) expect(sample.x).to.be.below(25);
    plot.remove();
    unembed(first);
    unembed(second);
  });

  it("refuses a figure without a view, a source of other columns, and a figure another plot adopts", async () => {
    const embedded = await embedFigure(["x", "y", "t"]);
    const plot = mount();
    const unshown = Bokeh.Plotting.figure({ width: 200, height: 200 });
    expect(() => plot.adopt({ figure: unshown })).to.throw(PlotError, /no view in this page/);
    expect(() => plot.adopt({ figure: embedded.figure, source: embedded.source })).to.throw(
      PlotError,
      /columns \(x, y, t\) are not the plot's \(x, y\); set columns="x,y,t"/,
    );
    plot.setAttribute("columns", "x,y,t");
    plot.adopt({ figure: embedded.figure, source: embedded.source });
    await until(() => plot.view !== undefined);
    expect(() => {
      plot.columns = "x,y";
    }).to.throw(PlotError, /not the plot's/);
    const other = mount();
    expect(() => other.adopt({ figure: embedded.figure })).to.throw(PlotError, /another <riv-plot> adopts/);
    plot.remove();
    other.remove();
    unembed(embedded);
  });
});
