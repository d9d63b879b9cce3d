// The Jupyter widget's Python half, for real: python/rivulet_elements/widget.py's RivuletWidget exported with
// ipywidgets.embed and rendered in Chromium by the real HTMLManager and anywidget (dist/jupyter-host.js), and its
// traitlets checked against the front end's trait list so that the two cannot drift.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { expect } from "chai";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { ensurePythonEnv } from "../../scripts/python-env.mjs";
import { widgetTraits } from "../../embed/jupyter/widget-traits.ts";

const python = ensurePythonEnv();

/** Runs Python code with `python/` on the path and returns what it printed. */
function pythonPrints(code) {
  const result = spawnSync(python, ["-c", code], {
    encoding: "utf8",
    env: { ...process.env, PYTHONPATH: "python" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`Python failed:\n${result.stderr}`);
  return result.stdout;
}

/** Serves `page` at `/` and the built files under `/dist/` on a free loopback port. */
async function servePage(page) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const types = { html: "text/html", js: "text/javascript", css: "text/css" };
    const send = (body, type) => response.writeHead(200, { "content-type": type }).end(body);
    if (path === "/") return send(page, types.html);
    if (path === "/favicon.ico") return response.writeHead(204).end(); // Chromium asks; the page has none
    const file = /^\/dist\/(jupyter-host\.(js|css)|rivulet-widget\.js)$/.exec(path);
    if (file === null) return response.writeHead(404).end();
    return send(readFileSync(join("dist", file[1])), types[file[2] ?? "js"]);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe("the RivuletWidget Python class", function () {
  this.timeout(120_000);

  it("declares exactly the synced traits the front end reads", () => {
    const declared = JSON.parse(
      pythonPrints(`
import json, anywidget
from rivulet_elements.widget import RivuletWidget, WIDGET_TRAITS
base = set(anywidget.AnyWidget.class_trait_names(sync=True))
own = sorted(set(RivuletWidget.class_trait_names(sync=True)) - base)
print(json.dumps({"own": own, "listed": list(WIDGET_TRAITS)}))`),
    );
    expect(declared.own).to.deep.equal([...widgetTraits].sort());
    expect(declared.listed).to.deep.equal([...widgetTraits]);
  });

  it("renders from ipywidgets.embed state in Chromium with the properties and attributes Python set", async () => {
    const page = pythonPrints(`
import io
from ipywidgets.embed import embed_minimal_html
from rivulet_elements import RivuletWidget
pad = RivuletWidget(tag="riv-pad", props={"height": 180}, html_attributes={"title": "set in Python"})
out = io.StringIO()
# drop_defaults=False: anywidget's _esm is a default, and the page needs it.
embed_minimal_html(out, views=[pad], drop_defaults=False, requirejs=False, embed_url="/dist/jupyter-host.js",
                   title="rivulet widget")
print(out.getvalue())`);
    expect(page).to.include("application/vnd.jupyter.widget-state+json");
    const served = await servePage(page);
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const tab = await browser.newPage();
      const errors = [];
      tab.on("pageerror", (error) => errors.push(String(error)));
      tab.on("console", (message) => message.type() === "error" && errors.push(message.text()));
      tab.on(
        "response",
        (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`),
      );
      await tab.goto(served.url);
      await tab.evaluate(() => window.rivuletJupyter.renderEmbedded(document));
      const pad = tab.locator("riv-pad");
      await pad.waitFor({ timeout: 60_000 });
      await tab.waitForFunction(() => document.querySelector("riv-pad")?.getBoundingClientRect().height === 180);
      expect(await pad.getAttribute("title")).to.equal("set in Python");
      expect(await pad.evaluate((element) => element.height)).to.equal(180);
      expect(errors).to.deep.equal([]);
    } finally {
      await browser.close();
      await served.close();
    }
  });
});
