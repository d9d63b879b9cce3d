// Tests of <riv-graph>: per-node counts that match the events sent through a real pipeline, a dagre layout with
// upstream above downstream, and removal that leaves no frame request, listener or counting behind.
import { countAcross, countPending } from "../harness/lifecycle.js";
import { expect } from "chai";
import { executeServerCommand } from "@web/test-runner-commands";
import "../../components/riv-graph.js";
import type { RivGraph } from "../../components/riv-graph.js";
import { AsyncQueue, fromQueue } from "../../stream/index.js";
import { until } from "./plot-layer-helpers.js";

interface Sample {
  x: number;
  buttons: number;
}

const double = (sample: Sample): Sample => ({ ...sample, x: sample.x * 2 });
const isDrag = (sample: Sample) => sample.buttons !== 0;

/** A queue source feeding map → filter → sink, and a second sink straight from the source (a fan-out). */
function pipeline() {
  const queue = new AsyncQueue<Sample>({ capacity: 500, overflow: "drop-oldest" });
  const source = fromQueue(queue, { name: "pointer" });
  const drags = source.map(double).filter(isDrag).sinkToList();
  const all = source.sinkToList();
  return { queue, source, drags, all };
}

async function mountGraph(source: RivGraph["pipeline"]): Promise<RivGraph> {
  const graph = document.createElement("riv-graph");
  graph.pipeline = source;
  document.body.append(graph);
  await until("the graph watches its pipeline", () => graph.watching);
  return graph;
}

const nodeBoxes = (graph: RivGraph) => [...(graph.shadowRoot?.querySelectorAll("g.node") ?? [])];
const countOf = (graph: RivGraph, label: string) =>
  Number(
    nodeBoxes(graph)
      .find((box) => box.getAttribute("data-label") === label)
      ?.getAttribute("data-count"),
  );
const boxOf = (graph: RivGraph, label: string) =>
  nodeBoxes(graph)
    .find((box) => box.getAttribute("data-label") === label)
    ?.querySelector("rect")
    ?.getBoundingClientRect();

function feed(queue: AsyncQueue<Sample>, count: number, dragEvery: number): void {
  for (let i = 0; i < count; i += 1) queue.put({ x: i, buttons: i % dragEvery === 0 ? 1 : 0 });
}

describe("<riv-graph>", () => {
  it("shows per-node counts that match the events sent, and fewer after the filter", async () => {
    const { queue, source, drags, all } = pipeline();
    const graph = await mountGraph(source);
    feed(queue, 120, 4);
    await until("every sample reached the sinks", () => all.list.length === 120 && drags.list.length === 30);
    await until("the graph shows the last count", () => countOf(graph, "sinkToList()") >= 30);
    const labels = nodeBoxes(graph).map((box) => box.getAttribute("data-label"));
    expect(labels).to.deep.equal(["pointer", "map(double)", "sinkToList()", "filter(isDrag)", "sinkToList()"]);
    expect(nodeBoxes(graph).map((box) => Number(box.getAttribute("data-count")))).to.deep.equal([
      120, 120, 120, 120, 30,
    ]);
    const sourceText = nodeBoxes(graph)[0]?.querySelector(".stats")?.textContent ?? "";
    expect(sourceText).to.match(/^120 events · \d+\/s$/);
    expect(Number(/· (\d+)\/s/.exec(sourceText)?.[1])).to.be.greaterThan(0);
    expect(nodeBoxes(graph)[0]?.querySelector("title")?.textContent).to.equal("queue 0 % full");
    await executeServerCommand("save-screenshot", { name: "riv-graph.png" });
    graph.remove();
    source.destroy();
  });

  it("lays upstream nodes above the nodes they feed, with an arrow per connection", async () => {
    const { source } = pipeline();
    const graph = await mountGraph(source);
    const [pointer, map, filter] = [
      boxOf(graph, "pointer"),
      boxOf(graph, "map(double)"),
      boxOf(graph, "filter(isDrag)"),
    ];
    expect(map?.top).to.be.greaterThan(pointer?.bottom ?? Infinity);
    expect(filter?.top).to.be.greaterThan(map?.bottom ?? Infinity);
    expect(graph.shadowRoot?.querySelectorAll("path.edge")).to.have.length(4);
    graph.remove();
    source.destroy();
  });

  it("stops counting and asks for no frames once removed, and counts again when put back", async () => {
    const { queue, source, all } = pipeline();
    const graph = await mountGraph(source);
    feed(queue, 10, 2);
    await until("the graph shows 10", () => countOf(graph, "pointer") === 10);
    graph.remove();
    expect(graph.watching).to.equal(false);
    expect(countPending().animationFrames).to.equal(0);
    feed(queue, 5, 2);
    await until("the samples still flow", () => all.list.length === 15);
    document.body.append(graph);
    await until("the graph watches again", () => graph.watching);
    feed(queue, 1, 2);
    await until("the graph shows the sample sent since", () => countOf(graph, "pointer") === 11);
    graph.remove();
    source.destroy();
  });

  it("counts nothing while hidden and counts again once shown", async () => {
    const { queue, source, all } = pipeline();
    const graph = await mountGraph(source);
    graph.hidden = true;
    await until("the hidden graph stops watching", () => !graph.watching);
    expect(countPending().animationFrames).to.equal(0);
    feed(queue, 7, 2);
    await until("the samples still flow", () => all.list.length === 7);
    graph.hidden = false;
    await until("the shown graph watches again", () => graph.watching);
    feed(queue, 1, 2);
    await until("the graph shows only what came while shown", () => countOf(graph, "pointer") === 1);
    expect(nodeBoxes(graph)[0]?.querySelector(".stats")?.textContent).to.match(/^1 event · \d+\/s$/);
    graph.remove();
    source.destroy();
  });

  it("leaves no listener, frame request or node behind across 200 connect/remove cycles", async () => {
    const { queue, source } = pipeline();
    const cycle = async (i: number) => {
      const graph = await mountGraph(source);
      queue.put({ x: i, buttons: 0 });
      graph.remove();
    };
    const { before, after } = await countAcross(cycle, { warmUp: 20, cycles: 200 });
    const counts = JSON.stringify({ before, after });
    expect(after.listeners - before.listeners, counts).to.be.at.most(0);
    expect(after.nodes - before.nodes, counts).to.be.below(50);
    expect(after.animationFrames, counts).to.equal(before.animationFrames);
    expect(after.resizeObservers, counts).to.equal(before.resizeObservers);
    source.destroy();
  });
});
