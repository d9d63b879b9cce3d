// The RivuletElement Bokeh model in a real `bokeh serve` app (test/python/bokeh_serve_app.py) on a free loopback port:
// Bokeh serves the model's script itself, trusted pointer moves in Chromium reach the source's Python `on_change`
// callback, and a Python-side property change (a button's on_click) reaches the element.
import { spawn } from "node:child_process";
import { expect } from "chai";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { freePort } from "../../scripts/free-port.mjs";
import { ensurePythonEnv } from "../../scripts/python-env.mjs";

const python = ensurePythonEnv();

/** Starts `bokeh serve` on `port` in its own process group; resolves once it says where the app runs. */
function serveBokeh(port) {
  const server = spawn(
    python,
    ["-m", "bokeh", "serve", "test/python/bokeh_serve_app.py", "--address", "127.0.0.1", "--port", String(port)].concat(
      ["--allow-websocket-origin", `127.0.0.1:${port}`],
    ),
    { env: { ...process.env, PYTHONPATH: "python" }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let log = "";
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const ready = new Promise((resolve, reject) => {
    const read = (chunk) => {
      log += chunk;
      if (log.includes("Bokeh app running at")) resolve();
    };
    server.stdout.on("data", read);
    server.stderr.on("data", read);
    exited.then((code) => reject(new Error(`bokeh serve exited (${code}) before it served:\n${log}`)));
  });
  const stop = async () => {
    if (server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    await exited;
  };
  return { ready, log: () => log, stop };
}

describe("the RivuletElement model in a Bokeh server app (bokeh serve)", function () {
  this.timeout(120_000);

  it("streams trusted pointer moves to Python's on_change and follows Python's property change", async () => {
    const port = await freePort();
    const server = serveBokeh(port);
    let browser;
    try {
      await server.ready;
      browser = await chromium.launch(chromiumLaunchOptions());
      const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
      const errors = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
      const scripts = [];
      page.on(
        "request",
        (request) => request.resourceType() === "script" && scripts.push(new URL(request.url()).pathname),
      );
      await page.goto(`http://127.0.0.1:${port}/bokeh_serve_app`);
      const pad = page.locator("riv-pad");
      await pad.waitFor({ timeout: 60_000 });
      expect(scripts.indexOf("/static/extensions/rivulet_elements/rivulet-bokeh-server.js")).to.be.greaterThan(
        scripts.indexOf("/static/js/bokeh.min.js"),
      );
      const padElement = await pad.elementHandle();
      const heightIs = (height) =>
        page.waitForFunction(([element, px]) => element.getBoundingClientRect().height === px, [padElement, height]);
      await heightIs(200);
      const box = await pad.boundingBox();
      for (let i = 0; i < 10; i += 1) await page.mouse.move(box.x + 20 + i * 30, box.y + 100);
      await page.getByText(/^rows \d+, last x=290$/).waitFor({ timeout: 60_000 });
      expect(server.log()).to.match(/rivulet: \d+ rows/);
      await page.screenshot({ path: "test-output/bokeh-serve-riv-pad.png" });
      await page.getByRole("button", { name: "Make the pad shorter" }).click();
      await heightIs(120);
      expect(errors).to.deep.equal([]);
    } finally {
      await browser?.close();
      await server.stop();
    }
  });
});
