// Tests of <riv-rate>: the readout text, the bounded sparkline, refusal of bad values, a rate computed by a
// stream graph on virtual time, and 1,000 connect/move/remove cycles that leave nothing behind.
import { countAcross, type ResourceCounts } from "../harness/lifecycle.js";
import { expect } from "chai";
import "../../components/riv-rate.js";
import { RateError, type RivRate } from "../../components/riv-rate.js";
import { AsyncQueue, VirtualScheduler, fromQueue } from "../../stream/index.js";
import "../../stream/operators/timed-window.js";

async function mountRate(attributes: Record<string, string> = {}): Promise<RivRate> {
  const rate = document.createElement("riv-rate");
  for (const [name, value] of Object.entries(attributes)) rate.setAttribute(name, value);
  document.body.append(rate);
  await rate.updateComplete;
  return rate;
}

const shownText = (rate: RivRate) =>
  (rate.shadowRoot?.querySelector("#readout")?.textContent ?? "").replace(/\s+/g, " ").trim();
const sparklinePoints = (rate: RivRate) =>
  (rate.shadowRoot?.querySelector("polyline")?.getAttribute("points") ?? "").split(" ").filter(Boolean);

describe("<riv-rate>", () => {
  it("shows the value with its label and unit", async () => {
    const rate = await mountRate({ label: "pointer", unit: "events/s" });
    expect(shownText(rate)).to.equal("pointer 0 events/s");
    rate.value = 123;
    await rate.updateComplete;
    expect(rate.shadowRoot?.querySelector("#value")?.textContent).to.equal("123");
    expect(shownText(rate)).to.equal("pointer 123 events/s");
    rate.remove();
  });

  it("shows what a sink receives, rounded to the given digits", async () => {
    const rate = await mountRate({ digits: "1", unit: "Hz" });
    const sink = rate.sink();
    sink(12.345);
    await rate.updateComplete;
    expect(shownText(rate)).to.equal("12.3 Hz");
    rate.remove();
  });

  it("keeps only the last `history` values for its sparkline", async () => {
    const rate = await mountRate({ history: "60" });
    for (let i = 0; i < 100; i += 1) rate.value = i;
    await rate.updateComplete;
    expect(rate.recentValues).to.have.length(60);
    expect(rate.recentValues[0]).to.equal(40);
    expect(rate.recentValues.at(-1)).to.equal(99);
    const points = sparklinePoints(rate);
    expect(points).to.have.length(60);
    expect(points.at(-1)).to.equal("59,0");
    rate.remove();
  });

  it("refuses a value that is not a finite number and keeps showing the last good one", async () => {
    const rate = await mountRate();
    rate.value = 7;
    expect(() => rate.sink()(Number.NaN)).to.throw(RateError, "riv-rate: value NaN is not a finite number");
    expect(() => (rate.value = "8" as unknown as number)).to.throw(RateError, /value "8" is not a finite number/);
    expect(() => (rate.history = 1)).to.throw(RateError, /history "1" is not an integer of at least 2/);
    await rate.updateComplete;
    expect(rate.value).to.equal(7);
    expect(rate.shadowRoot?.querySelector("#value")?.textContent).to.equal("7");
    rate.remove();
  });

  it("shows the events per second a timedWindow graph counts, and 0 once the input stops", async () => {
    const rate = await mountRate();
    const scheduler = new VirtualScheduler();
    const queue = new AsyncQueue<number>();
    const source = fromQueue(queue, { scheduler });
    source
      .timedWindow(1000)
      .map((batch) => batch.length)
      .sink(rate.sink());
    for (let i = 0; i < 123; i += 1) queue.put(i);
    await scheduler.advanceBy(1000);
    await rate.updateComplete;
    expect(shownText(rate)).to.equal("123 events/s");
    await scheduler.advanceBy(1000);
    await rate.updateComplete;
    expect(shownText(rate)).to.equal("0 events/s");
    expect(rate.recentValues).to.deep.equal([123, 0]);
    source.destroy();
    rate.remove();
  });
});

describe("<riv-rate> lifecycle", function () {
  this.timeout(120_000);
  const cycles = 1000;
  const warmUp = 100; // cycles before counting, so that what V8 compiles and Lit caches once is not growth

  /** Nothing kept: one kept element would be 1,000+ nodes; the heap bound leaves room for V8's compiled code. */
  function expectBackToStart(before: ResourceCounts, after: ResourceCounts): void {
    const counts = JSON.stringify({ before, after });
    expect(after.nodes - before.nodes, counts).to.be.below(50);
    expect(after.heapBytes - before.heapBytes, counts).to.be.below(500_000);
    expect(after.listeners - before.listeners, counts).to.be.at.most(0);
    const pending = (counts: ResourceCounts) => [counts.animationFrames, counts.resizeObservers, counts.timers];
    expect(pending(after), counts).to.deep.equal(pending(before));
  }

  it("lets 1,000 new readouts, connected, fed and removed, be collected", async () => {
    const cycle = async (i: number) => {
      const rate = document.createElement("riv-rate");
      document.body.append(rate);
      rate.sink()(i);
      await rate.updateComplete;
      rate.remove();
    };
    const { before, after } = await countAcross(cycle, { warmUp, cycles });
    expectBackToStart(before, after);
  });

  it("connects, moves, feeds and removes one readout 1,000 times and still shows what it receives", async () => {
    const rate = document.createElement("riv-rate");
    const sink = rate.sink();
    const first = document.body.appendChild(document.createElement("div"));
    const second = document.body.appendChild(document.createElement("div"));
    const cycle = async (i: number) => {
      first.append(rate);
      await rate.updateComplete;
      second.append(rate);
      sink(i);
      await rate.updateComplete;
      rate.remove();
    };
    const { before, after } = await countAcross(cycle, { warmUp, cycles });
    expectBackToStart(before, after);
    first.append(rate);
    sink(1234);
    await rate.updateComplete;
    expect(shownText(rate)).to.equal("1234 events/s");
    expect(rate.recentValues).to.have.length(60);
    first.remove();
    second.remove();
  });
});
