// Checks the generated import map of examples/plain-html/esm.html: the page holds exactly what
// scripts/import-map.mjs generates (so it cannot drift from dist/), and the page works from a plain static server
// that rewrites no imports, under the page's own strict Content-Security-Policy, in headless Chromium.
import { expect } from "chai";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { esmPage, expectedPage, importMap, readPage } from "../../scripts/import-map.mjs";

const contentTypes = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };

/** A static file server for the repository's `folders` on 127.0.0.1: files as they are on disk, nothing rewritten. */
function staticServer(folders) {
  const root = resolve(".");
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://server").pathname);
    const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
    const allowed = folders.some((folder) => file.startsWith(join(root, folder, "/")));
    if (!allowed || !existsSync(file)) {
      response.writeHead(404).end(`not found: ${path}`);
      return;
    }
    response.writeHead(200, { "Content-Type": contentTypes[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen({ host: "127.0.0.1", port: 0 }, () => done(server)));
}

describe("scripts/import-map.mjs: the ESM build's import map", function () {
  // A hang guard only: every wait below is on an event or a condition in the page.
  this.timeout(90_000);

  before(() => {
    if (!existsSync("dist/index.js")) throw new Error("import-map test: no dist/; run `npm run build` first");
  });

  it("is in esm.html exactly as generated from dist/, with the CSP hash of that map", async () => {
    const page = readFileSync(esmPage, "utf8");
    expect(page, "run node scripts/import-map.mjs --write").to.equal(await expectedPage(page));
    const { imports } = JSON.parse(readPage(page).map);
    expect(imports).to.include({ rivulet: "../../dist/index.js", lit: "../../node_modules/lit/index.js" });
    for (const target of Object.values(imports)) {
      expect(existsSync(join("examples/plain-html", target)), `${target} exists`).to.equal(true);
    }
  });

  it("maps every bare import of dist/ and of the packages it loads", async () => {
    const { imports } = await importMap();
    for (const specifier of [
      "@lit-labs/signals",
      "signal-polyfill",
      "lit-html",
      "@bokeh/bokehjs/build/js/bokeh.esm.min.js",
    ]) {
      expect(imports, specifier).to.have.property(specifier);
    }
  });

  it("loads the ESM page from a static server with no console error, no 404 and no CSP violation", async () => {
    const server = await staticServer(["examples", "dist", "node_modules"]);
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
      const problems = [];
      page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
      page.on("pageerror", (error) => problems.push(error.message));
      page.on(
        "response",
        (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`),
      );
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`CSP violation: ${event.effectiveDirective} ${event.blockedURI}`);
        });
      });
      const { port } = server.address();
      await page.goto(`http://127.0.0.1:${port}/examples/plain-html/esm.html`);
      await page.waitForFunction(() => document.querySelector("riv-plot")?.view !== undefined);
      const pad = await page.locator("pointer-pad").boundingBox();
      for (let i = 0; i <= 10; i += 1) await page.mouse.move(pad.x + 20 + i * 25, pad.y + 150 - i * 10);
      await page.waitForFunction(() => document.querySelector("riv-plot").source.length >= 5);
      const ys = await page.evaluate(() => document.querySelector("riv-plot").source.get("y"));
      expect(ys[ys.length - 1], "the last move, the way up, in pad pixels").to.be.closeTo(200 - 50, 3);
      expect(problems).to.deep.equal([]);
    } finally {
      await browser.close();
      await new Promise((done) => server.close(done));
    }
  });
});
