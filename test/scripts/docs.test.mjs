// Checks `npm run docs` (TypeDoc with typedoc.json): the reference builds from the public entry points, and an
// export without JSDoc or without an `@example` fails the build, naming the export.
import { expect } from "chai";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const typedocBin = "node_modules/typedoc/bin/typedoc";
const fixture = "test/scripts/fixtures/docs";

/** Runs TypeDoc with the options file `options` and `args`; resolves with its exit code and output. */
function typedoc(options, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [typedocBin, "--options", options, ...args], {
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("npm run docs (typedoc.json)", function () {
  this.timeout(180_000); // a hang guard: the full reference takes about 10 s on an idle machine
  let outDir = "";
  beforeEach(() => (outDir = mkdtempSync(join(tmpdir(), "rivulet-docs-"))));
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  it("builds the reference of every entry point, with a page per element class", async () => {
    const { code, output } = await typedoc("typedoc.json", ["--out", outDir]);
    expect(code, output).to.equal(0);
    expect(output).to.not.match(/\[warning\]|\[error\]/);
    for (const module of ["rivulet", "rivulet_stream", "rivulet_components", "rivulet_plot"]) {
      expect(existsSync(join(outDir, "modules", `${module}.html`)), module).to.equal(true);
    }
    const rivPlot = readFileSync(join(outDir, "classes", "rivulet_plot.RivPlot.html"), "utf8");
    expect(rivPlot).to.include("streamSink");
    expect(rivPlot, "members inherited from LitElement are hidden").to.not.include("createProperty");
  });

  it("fails on an export without JSDoc and on one without an @example, naming each", async () => {
    // The fixture's typedoc.json extends the project's, with the fixture as its one entry point.
    const { code, output } = await typedoc(`${fixture}/typedoc.json`, ["--out", outDir]);
    expect(code, output).to.not.equal(0);
    expect(output).to.match(/undocumentedExport .*does not have any documentation/);
    expect(output).to.match(/exampleless .*without an @example/);
    expect(output).to.not.match(/\bdocumented \(/);
  });
});
