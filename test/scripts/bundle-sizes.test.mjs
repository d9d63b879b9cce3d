// Checks the size budget (scripts/bundle-sizes.mjs): what it measures, and that a size over budget fails the table.
import { expect } from "chai";
import { budgets, measureSizes, sizeTable } from "../../scripts/bundle-sizes.mjs";

describe("scripts/bundle-sizes.mjs", function () {
  this.timeout(120_000); // a hang guard: bundling the four entry points takes a few seconds

  it("measures every budgeted entry point, gzip smaller than minified, the stream smallest", async () => {
    const rows = await measureSizes();
    expect(rows.map((row) => row.name)).to.deep.equal(budgets.map((row) => row.name));
    for (const row of rows.filter((measured) => measured.input)) {
      expect(row.gzip, row.name).to.be.above(1000).and.below(row.raw);
    }
    const [stream, ...others] = rows;
    for (const row of others.filter((measured) => measured.gzip !== undefined))
      expect(stream.gzip).to.be.below(row.gzip);
  });

  it("marks a size over its budget FAIL and the table as not passed", () => {
    const { table, passed } = sizeTable([
      { name: "small", raw: 4000, gzip: 1500, budget: 2048 },
      { name: "large", raw: 9000, gzip: 3000, budget: 2048 },
      { name: "unbuilt", raw: undefined, gzip: undefined, budget: 2048 },
    ]);
    expect(passed).to.equal(false);
    const lines = table.split("\n");
    expect(lines[2]).to.match(/^small .* 1\.5 KB +2\.0 KB +pass$/);
    expect(lines[3]).to.match(/^large .* 2\.9 KB +2\.0 KB +FAIL$/);
    expect(lines[4]).to.match(/^unbuilt .*not built .* n\/a$/);
    expect(sizeTable([{ name: "small", raw: 4000, gzip: 1500, budget: 2048 }]).passed).to.equal(true);
  });
});
