// Tests of stream.visualize(): the Mermaid text of a graph, with calls, arguments, fan-out and joins.
import { expect } from "chai";
import { AsyncQueue, Stream, fromQueue } from "../../stream/index.js";

const double = (x: number) => x * 2;
const isEven = (x: number) => x % 2 === 0;
const show = (values: number[]) => void values;

describe("stream.visualize", () => {
  it("names each node by the call that made it, with its arguments, and draws one arrow per connection", () => {
    const source = new Stream<number>({ name: "clicks" });
    source.map(double).slidingWindow(10).sink(show);
    expect(source.visualize()).to.equal(
      [
        "flowchart TD",
        '  n0["clicks"]',
        '  n1["map(double)"]',
        '  n2["slidingWindow(10)"]',
        '  n3["sink(show)"]',
        "  n0 --> n1",
        "  n1 --> n2",
        "  n2 --> n3",
      ].join("\n"),
    );
  });

  it("draws the same whole graph from any of its nodes, with fan-out and a join, sources first", () => {
    const source = fromQueue(new AsyncQueue<number>());
    const evens = source.filter(isEven);
    const doubled = source.map(double);
    const pairs = evens.zip(doubled);
    const text = pairs.visualize();
    expect(text).to.equal(source.visualize());
    expect(text.split("\n")).to.deep.equal([
      "flowchart TD",
      '  n0["FromQueue"]',
      '  n1["filter(isEven)"]',
      '  n2["map(double)"]',
      '  n3["zip()"]',
      "  n0 --> n1",
      "  n0 --> n2",
      "  n1 --> n3",
      "  n2 --> n3",
    ]);
  });

  it("writes anonymous functions as fn, cuts long arguments and escapes quotes and # for Mermaid", () => {
    const source = new Stream<string>({ name: 'say "hi" #1' });
    source.map((text) => ({ [text]: text.length })).pluck("a-rather-long-key-name-that-goes-on-and-on-and-on");
    const lines = source.visualize().split("\n");
    expect(lines[1]).to.equal('  n0["say #quot;hi#quot; #35;1"]');
    expect(lines[2]).to.equal('  n1["map(fn)"]');
    expect(lines[3]).to.equal('  n2["pluck(#quot;a-rather-long-key-name-that-goes-on-an…)"]');
  });

  it("draws a lone node as a graph of one", () => {
    expect(new Stream({ name: "alone" }).visualize()).to.equal('flowchart TD\n  n0["alone"]');
  });
});
