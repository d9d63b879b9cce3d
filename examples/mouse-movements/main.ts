// Main example: every pointer move over the plot goes into one queue; one stream draws the moves back on the
// plot and counts them per second.
import { AsyncQueue, fromQueue, type PlotPointerSample } from "rivulet";

const plot = document.querySelector("riv-plot");
const rate = document.querySelector("riv-rate");
if (!plot || !rate) throw new Error("mouse-movements: the page needs a <riv-plot> and a <riv-rate>");

// The plot reports every pointer sample in data coordinates, the units of its axes (coalesced: all of them, not
// only the one per frame that the browser dispatches).
const moves = new AsyncQueue<PlotPointerSample>();
plot.onPlotEvent("pointermove", moves.put, { coalesced: true });

const samples = fromQueue(moves);
// Draw every sample where it happened; all samples of one animation frame go to BokehJS in one call.
samples.sink(plot.streamSink());
// Count the samples of each second.
samples
  .timedWindow(1000)
  .map((batch) => batch.length)
  .sink(rate.sink());
