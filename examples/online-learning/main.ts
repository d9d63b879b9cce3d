// "Imagine streamz feeding River": online k-means of where the pointer goes, its centroids moving on the plot as
// you move, and a running estimate of the pointer's speed and direction. The learner is a plugin: ./kmeans.ts.
import { AsyncQueue, fromQueue, type PlotPointerSample } from "rivulet";
import "./kmeans.js";

const plot = document.querySelector<HTMLElementTagNameMap["riv-plot"]>("riv-plot#learner");
const speedOutput = document.querySelector<HTMLOutputElement>("output#speed");
const headingOutput = document.querySelector<HTMLOutputElement>("output#heading");
if (!plot || !speedOutput || !headingOutput) {
  throw new Error("online-learning: the page needs <riv-plot id=learner>, <output id=speed> and <output id=heading>");
}

/** How many habits (places the pointer dwells) to learn. */
const k = 3;

const trail = plot.layer("trail", {
  columns: "x,y",
  size: 4,
  alpha: 0.35,
  lineWidth: 0,
  color: "#64748b",
  rollover: 400,
});
const heading = plot.layer("heading", { glyph: "segment", color: "#d97706", lineWidth: 3, rollover: 1 });
const centroids = plot.layer("centroids", {
  columns: "x,y",
  size: 22,
  alpha: 0.9,
  lineWidth: 3,
  marker: "circle_cross",
  color: "#e11d48",
  rollover: k,
});

const samples = new AsyncQueue<PlotPointerSample>({ capacity: 10_000, overflow: "drop-oldest" });
plot.onPlotEvent("pointermove", samples.put, { coalesced: true });
const pointer = fromQueue(samples);
pointer.sink(trail.streamSink());

// The learner: each sample moves its nearest centroid; the newest k rows of each frame are the centroids now.
pointer.kmeans({ k }).flatten().sink(centroids.streamSink());

// Speed and direction: velocity between successive samples, smoothed exponentially (a time constant of 150 ms).
const velocity = pointer.scan(
  (state, sample) => {
    const dt = sample.t - state.t;
    if (state.t < 0 || dt <= 0 || dt > 500) return [{ ...state, t: sample.t, x: sample.x, y: sample.y }, state];
    const weight = 1 - Math.exp(-dt / 150);
    const vx = state.vx + weight * (((sample.x - state.x) / dt) * 1000 - state.vx);
    const vy = state.vy + weight * (((sample.y - state.y) / dt) * 1000 - state.vy);
    const next = { t: sample.t, x: sample.x, y: sample.y, vx, vy };
    return [next, next];
  },
  { start: { t: -1, x: 0, y: 0, vx: 0, vy: 0 }, returnsState: true },
);
velocity.sink(({ vx, vy }) => {
  const speed = Math.hypot(vx, vy);
  speedOutput.value = `${speed.toFixed(0)} units/s`;
  headingOutput.value = speed < 1 ? "—" : `${((Math.atan2(vy, vx) * 180) / Math.PI).toFixed(0)}°`;
});
// An arrow from the pointer along its velocity, to where it will be in a quarter of a second.
velocity.map(({ x, y, vx, vy }) => ({ x0: x, y0: y, x1: x + vx / 4, y1: y + vy / 4 })).sink(heading.streamSink());
