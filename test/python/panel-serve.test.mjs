// dist/rivulet-widget.js through Panel's AnyWidgetComponent in a real `panel serve` app (test/python/panel_app.py) on
// a free loopback port: trusted pointer moves in Chromium reach the app's Python callback, and a Python-side
// property change (a button's on_click) reaches the element.
import { spawn } from "node:child_process";
import { expect } from "chai";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { freePort } from "../../scripts/free-port.mjs";
import { ensurePythonEnv } from "../../scripts/python-env.mjs";

const python = ensurePythonEnv();

/** Starts `panel serve` on `port`; resolves once it says where the app runs, with its log so far and a stop. */
function servePanel(port) {
  const server = spawn(
    python,
    ["-m", "panel", "serve", "test/python/panel_app.py", "--address", "127.0.0.1", "--port", String(port)].concat([
      "--allow-websocket-origin",
      `127.0.0.1:${port}`,
    ]),
    { env: { ...process.env, PYTHONPATH: "python" }, stdio: ["ignore", "pipe", "pipe"] },
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
    exited.then((code) => reject(new Error(`panel serve exited (${code}) before it served:\n${log}`)));
  });
  const stop = async () => {
    if (server.exitCode === null) server.kill("SIGTERM");
    await exited;
  };
  return { ready, log: () => log, stop };
}

describe("a rivulet element in a Panel app (panel serve)", function () {
  this.timeout(120_000);

  it("sends trusted pointer moves to the Python callback and follows Python's property change", async () => {
    const port = await freePort();
    const server = servePanel(port);
    let browser;
    try {
      await server.ready;
      browser = await chromium.launch(chromiumLaunchOptions());
      const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
      const errors = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
      await page.goto(`http://127.0.0.1:${port}/panel_app`);
      const pad = page.locator("riv-pad");
      await pad.waitFor({ timeout: 60_000 });
      // The pad is in Panel's shadow roots, which document.querySelector does not enter; the handle does.
      const padElement = await pad.elementHandle();
      const heightIs = (height) =>
        page.waitForFunction(([element, px]) => element.getBoundingClientRect().height === px, [padElement, height]);
      await heightIs(200);
      const box = await pad.boundingBox();
      for (let i = 0; i < 10; i += 1) await page.mouse.move(box.x + 20 + i * 30, box.y + 100);
      const received = page.getByText(/^samples \d+ in batches \d+, last pointermove x=290$/);
      await received.waitFor({ timeout: 60_000 });
      expect(server.log()).to.match(/rivulet: \d+ samples/);
      await page.screenshot({ path: "test-output/panel-serve-riv-pad.png" });
      await page.getByRole("button", { name: "Make the pad shorter" }).click();
      await heightIs(120);
      expect(errors).to.deep.equal([]);
    } finally {
      await browser?.close();
      await server.stop();
    }
  });
});
