// The desktop-widget demo: records pointer samples only while a button is held, counts dispatched events and raw
// (coalesced) samples per second side by side, and draws each drag's path in a colour of its own.
import { AsyncQueue, fromQueue, type PlotLayer, type PlotPointerSample } from "rivulet";

const plot = document.querySelector<HTMLElementTagNameMap["riv-plot"]>("riv-plot#drags");
const dispatchedRate = document.querySelector<HTMLElementTagNameMap["riv-rate"]>("riv-rate#dispatched");
const rawRate = document.querySelector<HTMLElementTagNameMap["riv-rate"]>("riv-rate#raw");
if (!plot || !dispatchedRate || !rawRate) {
  throw new Error("drag-rate: the page needs <riv-plot id=drags>, <riv-rate id=dispatched> and <riv-rate id=raw>");
}

/** One colour per drag, taken in turn; the oldest drag's path is removed when a new one needs its colour. */
const dragColours = ["#2563eb", "#e11d48", "#059669", "#d97706", "#7c3aed", "#0891b2"];

// Two bindings on the same plot: one sample per dispatched event, and every raw sample the events carried.
const dispatched = new AsyncQueue<PlotPointerSample>({ capacity: 10_000, overflow: "drop-oldest" });
const raw = new AsyncQueue<PlotPointerSample>({ capacity: 10_000, overflow: "drop-oldest" });
plot.onPlotEvent("pointermove", dispatched.put);
plot.onPlotEvent("pointermove", raw.put, { coalesced: true });

const isHeld = (sample: PlotPointerSample) => sample.buttons !== 0;
const perSecond = (batch: readonly unknown[]) => batch.length;

fromQueue(dispatched).filter(isHeld).timedWindow(1000).map(perSecond).sink(dispatchedRate.sink());

// Number the drags: a held sample after one with no button held starts the next drag.
const rawSamples = fromQueue(raw);
const numbered = rawSamples.scan(
  (state, sample) => {
    const drag = isHeld(sample) && !state.held ? state.drag + 1 : state.drag;
    return [
      { drag, held: isHeld(sample) },
      { drag, sample },
    ] as const;
  },
  { start: { drag: 0, held: false }, returnsState: true },
);
const dragSamples = numbered.filter(({ sample }) => isHeld(sample));
dragSamples.timedWindow(1000).map(perSecond).sink(rawRate.sink());

// Each drag is a line layer of its own; a drag's samples of one animation frame reach BokehJS in one call.
let current: { drag: number; draw: (row: object) => void } | undefined;
const layers: PlotLayer[] = [];
dragSamples.sink(({ drag, sample }) => {
  if (current?.drag !== drag) {
    if (layers.length === dragColours.length) plot.removeLayer((layers.shift() as PlotLayer).name);
    const colour = dragColours[(drag - 1) % dragColours.length] as string;
    const layer = plot.layer(`drag-${drag}`, { glyph: "line", columns: "x,y", color: colour, lineWidth: 3 });
    layers.push(layer);
    current = { drag, draw: layer.streamSink() };
  }
  current.draw({ x: sample.x, y: sample.y });
});
