// Lifecycle of <riv-plot> in Chromium with the real BokehJS: 1,000 connect/move/remove cycles and 1,000 attribute
// changes, each shown, then a forced garbage collection, must leave heap, DOM, listeners, BokehJS roots and
// documents, frames, observers and timers where they started.
import { countAcross, countResources, type ResourceCounts } from "../harness/lifecycle.js";
import { expect } from "chai";
import type { RivPlot } from "../../components/riv-plot.js";
import "../../components/riv-plot.js";
import { Bokeh } from "../../components/bokeh.js";

const cycles = 1000;
/** Cycles before counting: BokehJS's one-time setup (fonts, styles) is not growth. */
const warmUp = 20;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Waits until the plot's current figure has a view in the page with a laid-out frame. */
async function shown(plot: RivPlot): Promise<void> {
  await plot.updateComplete;
  for (let frames = 0; frames < 600; frames += 1) {
    const view = plot.view;
    if (view !== undefined && view.model === plot.figure && view.frame.bbox.width > 0) return;
    await nextFrame();
  }
  throw new Error("riv-plot was not shown within 600 frames");
}

/**
 * Lets cycle `i` go as far as its turn says: every twentieth is shown in full, every twentieth (offset by ten) is
 * left while BokehJS builds its view (the show starts in the next frame), and the rest before the show starts.
 */
async function settle(plot: RivPlot, i: number): Promise<void> {
  if (i % 20 === 0) await shown(plot);
  else if (i % 20 === 10) await nextFrame();
  else await plot.updateComplete;
}

/** What BokehJS keeps globally: root views in `Bokeh.index` and `Document`s in `Bokeh.documents`. */
const bokehCounts = () => ({ roots: Bokeh.index.roots.length, documents: Bokeh.documents.length });

/**
 * Checks that nothing grew beyond the stated tolerances. One leaked BokehJS view tree is about 400 DOM nodes, 27
 * listeners and 0.3 MiB, so the node and listener bounds catch a single one; the heap bound leaves room for what
 * V8 compiles and the browser's bounded performance-entry buffers (about 1.5 MiB over the first few hundred cycles,
 * then under 1 KiB per cycle, measured with heap snapshots).
 */
function expectBackToStart(before: ResourceCounts, after: ResourceCounts): void {
  const grown = {
    heapMiB: (after.heapBytes - before.heapBytes) / 2 ** 20,
    nodes: after.nodes - before.nodes,
    listeners: after.listeners - before.listeners,
  };
  expect(grown.heapMiB, "heap growth in MiB").to.be.below(4);
  expect(grown.nodes, "DOM nodes added").to.be.below(100);
  expect(grown.listeners, "listeners added").to.be.below(10);
  expect(after.documents, "documents").to.equal(before.documents);
  expect(after.animationFrames, "animation frames pending").to.equal(before.animationFrames);
  expect(after.resizeObservers, "elements observed").to.equal(before.resizeObservers);
  expect(after.timers, "timers pending").to.equal(before.timers);
}

describe("<riv-plot> lifecycle", () => {
  let left: HTMLElement;
  let right: HTMLElement;

  beforeEach(() => {
    left = document.createElement("div");
    right = document.createElement("div");
    left.style.width = right.style.width = "400px";
    document.body.append(left, right);
  });

  afterEach(() => {
    left.remove();
    right.remove();
  });

  it("leaves nothing behind after 1,000 connect/move/remove cycles, every twentieth shown in full", async function () {
    this.timeout(300_000);
    const plot = document.createElement("riv-plot");
    plot.setAttribute("x-range", "0,100");
    plot.setAttribute("y-range", "0,100");
    plot.rollover = 100;
    const sink = plot.streamSink();
    /** Connected, fed, moved, removed: shown in full, removed while BokehJS builds the view, or before. */
    const cycle = async (i: number) => {
      left.append(plot);
      sink({ x: i % 100, y: (i * 7) % 100 });
      await plot.updateComplete;
      right.append(plot);
      await settle(plot, i);
      plot.remove();
    };
    let bokehBefore = bokehCounts();
    const { before, after } = await countAcross(cycle, {
      warmUp,
      cycles,
      whenWarm: () => (bokehBefore = bokehCounts()),
    });
    expect(bokehCounts()).to.deep.equal(bokehBefore);
    expectBackToStart(before, after);
    expect(plot.source.length, "rows kept").to.equal(100);
  });

  it("lets 1,000 new plots, connected, fed and removed, every twentieth shown in full, be collected", async function () {
    this.timeout(300_000);
    /** A new plot connected, fed and removed: shown in full, removed while BokehJS builds the view, or before. */
    const cycle = async (i: number) => {
      const plot = document.createElement("riv-plot");
      plot.setAttribute("title", `plot ${i}`);
      left.append(plot);
      plot.streamSink()({ x: i, y: i });
      await settle(plot, i);
      plot.remove();
    };
    let bokehBefore = bokehCounts();
    const { before, after } = await countAcross(cycle, {
      warmUp,
      cycles,
      whenWarm: () => (bokehBefore = bokehCounts()),
    });
    expect(bokehCounts()).to.deep.equal(bokehBefore);
    expectBackToStart(before, after);
  });

  it("leaves nothing behind after 1,000 attribute changes, every twentieth shown in full", async function () {
    this.timeout(300_000);
    const changes: [string, (i: number) => string][] = [
      ["title", (i) => `title ${i}`],
      ["x-range", (i) => `0,${100 + i}`],
      ["glyph", (i) => (i % 2 === 0 ? "line" : "scatter")],
      ["y-label", (i) => `y ${i}`],
      ["y-range", (i) => (i % 2 === 0 ? "auto" : "-1,1")],
      ["x-label", (i) => `x ${i}`],
      ["height", (i) => `${200 + (i % 50)}`],
      ["columns", (i) => (i % 2 === 0 ? "x,y,t" : "x,y")],
    ];
    const plot = document.createElement("riv-plot");
    left.append(plot);
    /** One change: shown in full, replaced while BokehJS builds its view, or replaced before. */
    const change = async (i: number) => {
      const [name, value] = changes[i % changes.length] as [string, (i: number) => string];
      plot.setAttribute(name, value(i));
      plot.stream(Object.fromEntries(plot.columns.map((column) => [column, [i % 10]])));
      await settle(plot, i);
    };
    for (let i = 0; i < 20; i += 1) await change(i);
    await shown(plot);
    const bokehBefore = bokehCounts();
    const before = await countResources();
    for (let i = 0; i < cycles; i += 1) await change(i);
    await shown(plot);
    const after = await countResources();
    expect(bokehCounts()).to.deep.equal(bokehBefore);
    expectBackToStart(before, after);
    plot.remove();
  });
});
