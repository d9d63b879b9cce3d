// Main example: every pointer sample over the left plot goes into one queue; one stream draws a trail that fades
// with age, the drags in a second colour and the current position, builds a heat map of where the pointer went on
// the right plot, and counts the samples per second.
import { AsyncQueue, fadingPalette, fromQueue, type PlotPointerSample } from "rivulet";

const trail = document.querySelector<HTMLElementTagNameMap["riv-plot"]>("riv-plot#trail");
const heat = document.querySelector<HTMLElementTagNameMap["riv-plot"]>("riv-plot#heat");
const rate = document.querySelector("riv-rate");
const graph = document.querySelector("riv-graph");
const toggle = document.querySelector<HTMLButtonElement>("button#show-pipeline");
if (!trail || !heat || !rate || !graph || !toggle) {
  throw new Error(
    "mouse-movements: the page needs <riv-plot id=trail>, <riv-plot id=heat>, a <riv-rate>, a <riv-graph> " +
      "and a <button id=show-pipeline>",
  );
}

/** How long, in ms, a point of the trail takes to fade out. */
const fadeMs = 3000;

// Layers, lowest first: the fading trail of moves, the drags, and a ring where the pointer is now.
const moves = trail.layer("moves", {
  columns: "x,y,t",
  size: 7,
  alpha: 1,
  lineWidth: 0,
  color: { field: "t", palette: fadingPalette("#2563eb", 64), window: fadeMs },
});
const drags = trail.layer("drags", { columns: "x,y", size: 6, alpha: 0.85, lineWidth: 0, color: "#e11d48" });
const now = trail.layer("now", { size: 18, alpha: 0.15, lineWidth: 2, color: "#1e3a8a", rollover: 1 });
const where = heat.layer("where", { glyph: "heatmap", color: { palette: "Viridis256", reverse: true } });

// The plot reports every pointer sample in data coordinates, the units of its axes (coalesced: all of them, not
// only the one per frame that the browser dispatches).
const samples = new AsyncQueue<PlotPointerSample>();
trail.onPlotEvent("pointermove", samples.put, { coalesced: true });

const pointer = fromQueue(samples, { name: "pointer" });
// A sample with a button held is part of a drag; all samples of one animation frame go to BokehJS in one call.
const isMove = (sample: PlotPointerSample) => sample.buttons === 0;
const isDrag = (sample: PlotPointerSample) => sample.buttons !== 0;
pointer.filter(isMove).sink(moves.streamSink());
pointer.filter(isDrag).sink(drags.streamSink());
pointer.sink(now.streamSink());
// Count where the pointer went on a 40 × 40 grid; the heat map draws the newest counts once per frame.
pointer.histogram2d({ x: [0, 100, 40], y: [0, 100, 40] }).sink(where.streamSink());
// Count the samples of each second.
pointer
  .timedWindow(1000)
  .map(function countOf(batch: readonly PlotPointerSample[]) {
    return batch.length;
  })
  .sink(rate.sink());

// The graph of this pipeline, live, behind a toggle: hidden, it counts nothing and asks for no frames.
graph.pipeline = pointer;
toggle.addEventListener("click", () => {
  const show = toggle.getAttribute("aria-pressed") !== "true";
  toggle.setAttribute("aria-pressed", String(show));
  toggle.textContent = show ? "Hide the pipeline" : "Show the pipeline";
  graph.hidden = !show;
});
