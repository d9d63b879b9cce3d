// Tests of the histogram operator: counts of numbers or of one field among equal bins, values outside, clearing.
import { expect } from "chai";
import { Stream, StreamError } from "../../../stream/index.js";

describe("histogram", () => {
  it("counts numbers into equal bins, the high edge in the last one, and emits after each value", () => {
    const speeds = new Stream<number>();
    const node = speeds.histogram({ bins: [0, 10, 5] });
    const totals = node.map((counts) => counts.total).sinkToList();
    for (const speed of [0, 1.9, 2, 9.99, 10]) void speeds.emit(speed);
    expect(Array.from(node.state.counts)).to.deep.equal([2, 1, 0, 0, 2]);
    expect(totals.list).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it("counts one field of objects, and values outside or not numbers as outside", () => {
    const samples = new Stream<{ speed?: unknown }>();
    const node = samples.histogram({ bins: [0, 100, 2], field: "speed" });
    for (const sample of [{ speed: 10 }, { speed: 70 }, { speed: 170 }, { speed: "7" }, {}]) void samples.emit(sample);
    expect(Array.from(node.state.counts)).to.deep.equal([1, 1]);
    expect([node.state.total, node.state.outside]).to.deep.equal([2, 3]);
    node.clear();
    expect([...node.state.counts, node.state.total, node.state.outside]).to.deep.equal([0, 0, 0, 0]);
  });

  it("refuses bad bins and fields with a message that names the option and a fix", () => {
    const speeds = new Stream<number>();
    expect(() => speeds.histogram({ bins: [0, 10, 2.5] })).to.throw(
      StreamError,
      "histogram: bins [0, 10, 2.5] is not [low, high, bins] with low < high and a whole number of bins; use e.g. bins: [0, 100, 50]",
    );
    expect(() => speeds.histogram({ bins: [0, 10, 2], field: 3 as never })).to.throw(StreamError, /field 3/);
  });
});
