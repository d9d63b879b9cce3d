// The watching page: subscribes to the pipeline's summaries with core NATS and shows the heat map of every page's
// pointer in a <riv-plot>, the global rate, and one line per page with its rate and samples.
import { AsyncQueue, fromQueue, type Histogram2dCounts } from "rivulet";
import { connectShowingStatus } from "./connect.js";
import { manyPagesNames, type ManyPagesSummary, type PageRate } from "./summary.js";

const heat = document.querySelector<HTMLElementTagNameMap["riv-plot"]>("riv-plot#heat");
const globalRate = document.querySelector<HTMLElementTagNameMap["riv-rate"]>("riv-rate#global");
const total = document.getElementById("total");
const pageList = document.getElementById("pages");
const status = document.getElementById("status");
if (!heat || !globalRate || !total || !pageList || !status) {
  throw new Error(
    "many-pages: the watching page needs <riv-plot id=heat>, <riv-rate id=global>, #total, #pages, #status",
  );
}

/** The heat map's counts as `histogram2d` emits them, which the heatmap layer draws. */
const countsOf = ({ heatmap }: ManyPagesSummary): Histogram2dCounts => ({
  counts: Float64Array.from(heatmap.counts),
  x: heatmap.x,
  y: heatmap.y,
  total: heatmap.counts.reduce((sum, count) => sum + count, 0),
  outside: 0,
});

/** Each page's line, created the first time the page shows up and updated from then on. */
const lines = new Map<string, { rate: HTMLElementTagNameMap["riv-rate"]; total: HTMLElement }>();

function showPage({ page, rate, total: samples }: PageRate, list: HTMLElement): void {
  let line = lines.get(page);
  if (line === undefined) {
    if (lines.size === 0) list.replaceChildren();
    const item = document.createElement("li");
    item.dataset.page = page;
    const name = Object.assign(document.createElement("span"), { className: "page", textContent: page });
    const rateElement = Object.assign(document.createElement("riv-rate"), { label: "", unit: "events/s" });
    const totalElement = Object.assign(document.createElement("span"), { className: "total" });
    item.append(name, rateElement, totalElement);
    list.append(item);
    line = { rate: rateElement, total: totalElement };
    lines.set(page, line);
  }
  line.rate.value = rate;
  line.total.textContent = `${samples} samples`;
}

// Summaries arrive once a second; when the page falls behind, only the newest matter.
const summaries = new AsyncQueue<ManyPagesSummary>({ capacity: 8, overflow: "drop-oldest" });
const results = fromQueue(summaries, { name: "summaries" });
results.map((summary) => summary.rate).sink(globalRate.sink());
results
  .map(countsOf)
  .sink(heat.layer("where", { glyph: "heatmap", color: { palette: "Viridis256", reverse: true } }).streamSink());
results.sink((summary) => {
  total.textContent = String(summary.total);
  for (const line of summary.pages) showPage(line, pageList);
});

const connection = await connectShowingStatus(
  status,
  `Connected: showing ${manyPagesNames.results} from the pipeline.`,
);
const subscription = connection?.subscribe(manyPagesNames.results, {
  callback: (error, message) => {
    if (error === null) summaries.put(message.json<[ManyPagesSummary]>()[0]);
  },
});
addEventListener("pagehide", () => {
  subscription?.unsubscribe();
  void connection?.close();
});
