// Tests of the histogram2d operator: grid counts over two fields, edges, values outside, clearing and bad options.
import { expect } from "chai";
import { Stream, StreamError } from "../../../stream/index.js";

describe("histogram2d", () => {
  it("counts each value into the bin of its x and y, rows from the lowest y, and emits after each value", () => {
    const moves = new Stream<{ x: number; y: number }>();
    const node = moves.histogram2d({ x: [0, 100, 4], y: [0, 100, 2] });
    const totals: number[] = [];
    node.sink((grid) => totals.push(grid.total));
    void moves.emit({ x: 10, y: 90 });
    void moves.emit({ x: 60, y: 10 });
    void moves.emit({ x: 12, y: 99 });
    expect(Array.from(node.state.counts)).to.deep.equal([0, 0, 1, 0, 2, 0, 0, 0]);
    expect(totals).to.deep.equal([1, 2, 3]);
  });

  it("puts a low edge in its own bin and the high edge in the last bin", () => {
    const moves = new Stream<{ x: number; y: number }>();
    const node = moves.histogram2d({ x: [0, 10, 2], y: [0, 10, 1] });
    void moves.emit({ x: 5, y: 0 });
    void moves.emit({ x: 10, y: 10 });
    void moves.emit({ x: 0, y: 3 });
    expect(Array.from(node.state.counts)).to.deep.equal([1, 2]);
  });

  it("counts values outside the grid or without numbers as outside, in no bin", () => {
    const moves = new Stream<Record<string, unknown>>();
    const node = moves.histogram2d({ x: [0, 10, 2], y: [0, 10, 2] });
    for (const value of [{ x: -1, y: 5 }, { x: 5, y: 10.5 }, { x: "5", y: 5 }, { x: NaN, y: 1 }, {}]) {
      void moves.emit(value);
    }
    expect(node.state.outside).to.equal(5);
    expect(node.state.total).to.equal(0);
    expect(Array.from(node.state.counts)).to.deep.equal([0, 0, 0, 0]);
  });

  it("bins the fields it is given and emits the same live object each time", () => {
    const samples = new Stream<{ sx: number; sy: number }>();
    const node = samples.histogram2d({ x: [0, 2, 2], y: [0, 2, 2], fields: ["sx", "sy"] });
    const out = node.sinkToList();
    void samples.emit({ sx: 1.5, sy: 0.5 });
    void samples.emit({ sx: 0.5, sy: 1.5 });
    expect(out.list[0]).to.equal(out.list[1]);
    expect(Array.from(node.state.counts)).to.deep.equal([0, 1, 1, 0]);
  });

  it("starts again from zero after clear()", () => {
    const moves = new Stream<{ x: number; y: number }>();
    const node = moves.histogram2d({ x: [0, 1, 1], y: [0, 1, 1] });
    void moves.emit({ x: 0.5, y: 0.5 });
    void moves.emit({ x: 5, y: 0.5 });
    node.clear();
    expect([node.state.counts[0], node.state.total, node.state.outside]).to.deep.equal([0, 0, 0]);
    void moves.emit({ x: 0.5, y: 0.5 });
    expect(node.state.counts[0]).to.equal(1);
  });

  it("refuses bad bins and fields with a message that names the option and a fix", () => {
    const moves = new Stream<{ x: number; y: number }>();
    expect(() => moves.histogram2d({ x: [0, 100, 0], y: [0, 1, 1] })).to.throw(
      StreamError,
      "histogram2d: x [0, 100, 0] is not [low, high, bins] with low < high and a whole number of bins; use e.g. x: [0, 100, 50]",
    );
    expect(() => moves.histogram2d({ x: [0, 1, 1], y: [5, 5, 1] })).to.throw(StreamError, /y \[5, 5, 1\]/);
    expect(() => moves.histogram2d({ x: [0, 1, 1], y: [0, 1, 1], fields: ["x"] as never })).to.throw(
      StreamError,
      /fields x is not two field names/,
    );
    expect(() => moves.histogram2d(null as never)).to.throw(StreamError, /options null is not an object/);
    expect(moves.downstreams).to.have.length(0);
  });
});
