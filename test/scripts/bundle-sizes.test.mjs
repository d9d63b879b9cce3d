// Checks the size budget (scripts/bundle-sizes.mjs): what it measures, and that a size over budget fails the table.
import { expect } from "chai";
import { budgets, measureSizes, moduleSizes, sizeTable } from "../../scripts/bundle-sizes.mjs";

describe("scripts/bundle-sizes.mjs", function () {
  this.timeout(120_000); // a hang guard: bundling the four entry points takes a few seconds

  it("measures every budgeted entry point, gzip smaller than minified, rivulet/stream/core smallest", async () => {
    const rows = await measureSizes();
    expect(rows.map((row) => row.name)).to.deep.equal(budgets.map((row) => row.name));
    for (const row of rows.filter((measured) => measured.input)) {
      expect(row.gzip, row.name).to.be.above(1000).and.below(row.raw);
    }
    const [stream, ...others] = rows;
    for (const row of others.filter((measured) => measured.gzip !== undefined))
      expect(stream.gzip).to.be.below(row.gzip);
  });

  it("measures rivulet/stream/core as part of rivulet/stream, without the other operators, and by module", async () => {
    const [core, full] = await measureSizes();
    expect(core.gzip).to.be.below(full.gzip);
    const coreModules = (await moduleSizes(budgets[0])).map(({ module }) => module);
    expect(coreModules).to.include.members(["stream/stream.ts", "stream/operators/timed-window.ts"]);
    for (const module of ["stream/operators/zip.ts", "stream/operators/throttle.ts", "stream/graph-mermaid.ts"])
      expect(coreModules).to.not.include(module);
    const modules = await moduleSizes(budgets[1]);
    expect(modules.map(({ module }) => module)).to.include.members([
      "stream/stream.ts",
      "stream/operators/throttle.ts",
      "stream/graph-mermaid.ts",
    ]);
    expect(modules.map(({ module }) => module)).to.not.include("components/index.ts");
    for (const { module, raw, gzip } of modules.filter((row) => row.raw > 200)) expect(gzip, module).to.be.below(raw);
    expect(modules[0].gzip).to.be.at.least(modules.at(-1).gzip);
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
