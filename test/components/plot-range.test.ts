// Tests of AutoRange: BokehJS's DataRange1d fit to data, and 0 to 1 (padded) when there is no data.
import { expect } from "chai";
import { Bokeh } from "../../components/bokeh.js";
import { AutoRange } from "../../components/plot-range.js";

describe("AutoRange", () => {
  it("spans 0 to 1, padded as data would be, when there is no data", () => {
    const [start, end] = new AutoRange()._compute_range(Infinity, -Infinity);
    expect(start).to.be.closeTo(-0.05, 1e-12);
    expect(end).to.be.closeTo(1.05, 1e-12);
  });

  it("fits data exactly as DataRange1d does, also single values and flipped ranges", () => {
    for (const attributes of [{}, { flipped: true }, { range_padding: 0 }]) {
      for (const [min, max] of [
        [0, 10],
        [5, 5],
        [-3, 2],
      ] as const) {
        const expected = new Bokeh.DataRange1d(attributes)._compute_range(min, max);
        expect(new AutoRange(attributes)._compute_range(min, max)).to.deep.equal(expected);
      }
    }
  });
});
