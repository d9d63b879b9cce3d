// Checks that the Python RivuletElement (python/rivulet_elements) and the TypeScript one (embed/bokeh, as registered
// by dist/rivulet-bokeh.js with the stock BokehJS scripts in Chromium) declare the same properties and defaults.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect } from "chai";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { ensurePythonEnv } from "../../scripts/python-env.mjs";

const bokehjs = "node_modules/@bokeh/bokehjs/build/js";

const pythonDeclares = `
import json
from bokeh.models import LayoutDOM
from rivulet_elements import RivuletElement
names = sorted(RivuletElement.properties() - LayoutDOM.properties())
element = RivuletElement()
print(json.dumps({"type": RivuletElement.__qualified_model__, "defaults": {n: getattr(element, n) for n in names}}))
`;

/** Runs in the page: the properties RivuletElement adds to LayoutDOM, with their defaults. */
function typescriptDeclares() {
  const { RivuletElement } = window.Rivulet;
  const element = new RivuletElement();
  const base = new (Object.getPrototypeOf(RivuletElement))();
  const names = Object.keys(element.properties)
    .filter((name) => !(name in base.properties))
    .sort();
  return { type: RivuletElement.__qualified__, defaults: Object.fromEntries(names.map((n) => [n, element[n]])) };
}

describe("RivuletElement in Python and TypeScript", function () {
  this.timeout(120_000);

  it("declares the same type name, properties and defaults on both sides", async () => {
    const python = ensurePythonEnv();
    const result = spawnSync(python, ["-c", pythonDeclares], {
      encoding: "utf8",
      env: { ...process.env, PYTHONPATH: "python" },
    });
    expect(result.status, result.stderr).to.equal(0);
    const fromPython = JSON.parse(result.stdout);
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      for (const path of [`${bokehjs}/bokeh.min.js`, `${bokehjs}/bokeh-api.min.js`, "dist/rivulet-bokeh.js"]) {
        await page.addScriptTag({ path });
      }
      expect(await page.evaluate(typescriptDeclares)).to.deep.equal(fromPython);
    } finally {
      await browser.close();
    }
  });

  it("keeps BokehJS out of the builds for pages with BokehJS", () => {
    const stock = readFileSync(`${bokehjs}/bokeh.min.js`, "utf8");
    for (const file of ["dist/rivulet-bokeh.js", "dist/rivulet-bokeh.esm.js"]) {
      const build = readFileSync(file, "utf8");
      expect(build.length, `${file} length`).to.be.below(stock.length / 4);
      expect(build, file).not.to.include("Copyright (c) Anaconda, Inc., and Bokeh Contributors");
    }
  });
});
