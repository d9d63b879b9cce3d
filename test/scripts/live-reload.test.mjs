// Checks `npm start`'s dev loop: the URL prints before any build, pages import rivulet from its TypeScript sources,
// a saved source file reloads an open page, and the reload channel exposes nothing beyond its two paths.
import { expect } from "chai";
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { serveExamples } from "../../scripts/dev-server.mjs";
import { freePort } from "../../scripts/free-port.mjs";
import { reloadPaths } from "../../scripts/live-reload.mjs";

/** Resolves to everything `child` printed once `pattern` matches its stdout. */
function printed(child, pattern) {
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      output += chunk;
      if (pattern.test(output)) resolve(output);
    });
    child.once("exit", (code) => reject(new Error(`start.mjs exited (${code}) before printing ${pattern}: ${output}`)));
  });
}

describe("scripts/start.mjs and live-reload.mjs: the dev loop", function () {
  // A hang guard only: every wait below is on output, a response or a page event.
  this.timeout(60_000);

  it("prints the example URL while the dist/ build is still to come", async () => {
    const port = await freePort();
    // start.mjs's stderr is shared with its background build and dev-server children, which may outlive it for a
    // moment after it stops: not piped here, so that the test process holds no pipe they keep open.
    const start = spawn("node", ["scripts/start.mjs"], {
      env: { ...process.env, PORT: String(port) },
      stdio: ["ignore", "pipe", "ignore"],
    });
    try {
      const output = await printed(start, /rivulet main example: (\S+)/);
      expect(output).to.contain(`http://127.0.0.1:${port}/examples/mouse-movements/`);
      expect(output).to.not.contain("dist/ built.");
    } finally {
      const exited = new Promise((resolve) => start.once("exit", resolve));
      start.kill("SIGTERM");
      await exited;
      start.stdout.destroy();
    }
  });

  describe("a live server", () => {
    let server;
    before(async () => {
      server = await serveExamples({ hostname: "127.0.0.1", live: true });
    });
    after(async () => {
      await server?.stop();
    });

    it("serves the examples' imports of rivulet from the TypeScript sources", async () => {
      const main = await fetch(`${server.url}/examples/mouse-movements/main.ts`);
      expect(await main.text()).to.match(/from "\/index\.ts"/);
      const page = await (await fetch(`${server.url}/examples/mouse-movements/`)).text();
      expect(page).to.contain(`<script type="module" src="${reloadPaths.script}"></script>`);
    });

    it("answers only the reload script and stream, not other paths beside them", async () => {
      expect((await fetch(`${server.url}${reloadPaths.script}`)).status).to.equal(200);
      for (const path of ["/__rivulet/", "/__rivulet/reload/../../package.json", "/__rivulet/x", "/package.json"]) {
        const response = await fetch(`${server.url}${path}`);
        expect(response.status, path).to.equal(404);
        await response.body?.cancel();
      }
    });

    it("reloads an open page when a watched source file is saved", async () => {
      const browser = await chromium.launch(chromiumLaunchOptions());
      const watched = "stream/index.ts";
      const source = readFileSync(watched, "utf8");
      try {
        const page = await browser.newPage();
        const channelOpen = page.waitForResponse((response) => response.url().endsWith(reloadPaths.events));
        await page.goto(`${server.url}/examples/image-events/`);
        await channelOpen;
        await page.evaluate(() => Reflect.set(window, "rivuletBeforeEdit", true));
        const reloaded = page.waitForEvent("load");
        writeFileSync(watched, source); // the same text: the file is saved, the tree stays clean
        await reloaded;
        expect(await page.evaluate(() => Reflect.get(window, "rivuletBeforeEdit"))).to.equal(undefined);
      } finally {
        writeFileSync(watched, source);
        await browser.close();
      }
    });
  });

  it("answers 404 for the reload paths when the server is not live", async () => {
    const server = await serveExamples({ hostname: "127.0.0.1" });
    try {
      for (const path of Object.values(reloadPaths)) {
        expect((await fetch(`${server.url}${path}`)).status, path).to.equal(404);
      }
    } finally {
      await server.stop();
    }
  });
});
