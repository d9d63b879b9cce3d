// Dashboard authoring: three widgets bound through signals to one live pipeline. One queue of pointer samples,
// one source fanned out to two plots and two rates; the window length, the pause and the glyph are signals.
import { signal } from "@lit-labs/signals";
import { AsyncQueue, fromQueue, fromSignal, type PlotPointerSample, type Stream } from "rivulet";
import { GlyphSelect, PauseToggle, WindowSlider } from "./widgets.js";

const find = <E extends Element>(selector: string): E => {
  const found = document.querySelector<E>(selector);
  if (found === null) throw new Error(`dashboard: the page has no ${selector}`);
  return found;
};
/** The page's element of a widget class: an instance of it, or an error naming the tag. */
function widget<W extends Element>(widgetClass: new () => W, tag: string): W {
  const found = find(tag);
  if (!(found instanceof widgetClass)) throw new Error(`dashboard: <${tag}> is not defined; import ./widgets.js`);
  return found;
}
const positions = find<HTMLElementTagNameMap["riv-plot"]>("riv-plot#positions");
const speeds = find<HTMLElementTagNameMap["riv-plot"]>("riv-plot#speeds");
const movesRate = find<HTMLElementTagNameMap["riv-rate"]>("riv-rate#moves");
const distanceRate = find<HTMLElementTagNameMap["riv-rate"]>("riv-rate#distance");

// The dashboard's state: signals the widgets write (two-way) and the pipeline reads.
const windowMs = signal(1000);
const paused = signal(false);
const glyph = signal<string>("scatter");
widget(WindowSlider, "window-slider").value = windowMs;
widget(PauseToggle, "pause-toggle").paused = paused;
widget(GlyphSelect, "glyph-select").glyph = glyph;

// One queue, one source; while paused nothing passes, so neither plot nor rate changes.
const samples = new AsyncQueue<PlotPointerSample>({ capacity: 10_000, overflow: "drop-oldest" });
positions.onPlotEvent("pointermove", samples.put, { coalesced: true });
const live = fromQueue(samples).filter(() => !paused.get());

live.sink(positions.streamSink());
const steps = live.slidingWindow(2, { returnPartial: false }).map((pair) => {
  const [a, b] = pair as [PlotPointerSample, PlotPointerSample]; // returnPartial: false, so always two
  return { distance: Math.hypot(b.x - a.x, b.y - a.y), ms: b.t - a.t };
});
steps
  .filter(({ ms }) => ms > 0 && ms < 500)
  .map(({ distance, ms }) => (distance / ms) * 1000)
  .histogram({ bins: [0, 500, 25] })
  .sink(speeds.layer("speeds", { glyph: "histogram", color: "#059669" }).streamSink());

// The rates count per window; a new window length rebuilds their two branches of the graph.
let rateBranches: Stream<unknown>[] = [];
fromSignal(windowMs).sink((ms) => {
  for (const branch of rateBranches) branch.destroy();
  const perSecond = (total: number) => (total * 1000) / ms;
  const open = () => !paused.get();
  const moves = live.timedWindow(ms);
  moves
    .filter(open)
    .map((batch) => perSecond(batch.length))
    .sink(movesRate.sink());
  const distance = steps.timedWindow(ms);
  distance
    .filter(open)
    .map((batch) => perSecond(batch.reduce((sum, step) => sum + step.distance, 0)))
    .sink(distanceRate.sink());
  rateBranches = [moves, distance];
  movesRate.label = `Moves, ${ms} ms window:`;
  distanceRate.label = `Distance, ${ms} ms window:`;
});

// A new glyph rebuilds the plot's figure (its points are kept), so only a change is passed on.
fromSignal(glyph).sink((name) => {
  if (positions.glyph !== name) positions.setAttribute("glyph", name);
});
