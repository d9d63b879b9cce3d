// Checks `npm run docs` (TypeDoc with typedoc.json): the reference builds from the public entry points, and an
// export without JSDoc or without an `@example` fails the build, naming the export.
import { expect } from "chai";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveExamples } from "../../scripts/dev-server.mjs";

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

  it("builds the reference of every entry point into docs/, with a page per element class", async () => {
    const { code, output } = await typedoc("typedoc.json", []);
    expect(code, output).to.equal(0);
    expect(output).to.not.match(/\[warning\]|\[error\]/);
    for (const module of [
      "rivulet",
      "rivulet_stream",
      "rivulet_components",
      "rivulet_plot",
      "rivulet_bokeh",
      "rivulet_nats",
    ]) {
      expect(existsSync(join("docs", "modules", `${module}.html`)), module).to.equal(true);
    }
    const rivPlot = readFileSync(join("docs", "classes", "rivulet_plot.RivPlot.html"), "utf8");
    expect(rivPlot).to.include("streamSink");
    expect(rivPlot, "members inherited from LitElement are hidden").to.not.include("createProperty");
  });

  it("fails on an export without JSDoc and on one without an @example, naming each", async () => {
    // The fixture's typedoc.json extends the project's, with the fixture as its one entry point.
    const outDir = mkdtempSync(join(tmpdir(), "rivulet-docs-"));
    const { code, output } = await typedoc(`${fixture}/typedoc.json`, ["--out", outDir]).finally(() =>
      rmSync(outDir, { recursive: true, force: true }),
    );
    expect(code, output).to.not.equal(0);
    expect(output).to.match(/undocumentedExport .*does not have any documentation/);
    expect(output).to.match(/exampleless .*without an @example/);
    expect(output).to.not.match(/\bdocumented \(/);
  });

  it("is served by the examples server at /docs/", async () => {
    if (!existsSync("docs/index.html")) await typedoc("typedoc.json", []);
    const server = await serveExamples({ hostname: "127.0.0.1", port: 0 });
    try {
      const index = await fetch(`${server.url}/docs/`);
      expect(index.status).to.equal(200);
      expect(await index.text()).to.include("rivulet/stream");
      const page = await fetch(`${server.url}/docs/classes/rivulet_plot.RivPlot.html`);
      expect(page.status).to.equal(200);
    } finally {
      await server.stop();
    }
  });
});
