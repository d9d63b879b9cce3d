// Starts a Python app with `bokeh serve` or `panel serve` on a loopback port for the Python-backed browser tests, in
// its own process group so that stopping it ends every process it started, and opens it in headless Chromium.
import { spawn } from "node:child_process";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { ensurePythonEnv } from "../../scripts/python-env.mjs";

/**
 * Runs `python -m <tool> serve <script>` from the project's venv on 127.0.0.1:`port` (with `python/` importable);
 * `ready` resolves once it says where the app runs and rejects if it exits first.
 *
 * @example
 * const server = serveApp("bokeh", "test/python/bokeh_serve_app.py", await freePort());
 * await server.ready; // … http://127.0.0.1:<port>/bokeh_serve_app …
 * await server.stop();
 */
export function serveApp(tool, script, port) {
  const args = ["-m", tool, "serve", script, "--address", "127.0.0.1", "--port", String(port)];
  const server = spawn(ensurePythonEnv(), args.concat(["--allow-websocket-origin", `127.0.0.1:${port}`]), {
    env: { ...process.env, PYTHONPATH: "python" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const ready = new Promise((resolve, reject) => {
    const read = (chunk) => {
      log += chunk;
      if (log.includes("Bokeh app running at")) resolve();
    };
    server.stdout.on("data", read);
    server.stderr.on("data", read);
    exited.then((code) => reject(new Error(`${tool} serve ${script} exited (${code}) before it served:\n${log}`)));
  });
  const stop = async () => {
    if (server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    await exited;
  };
  return { ready, log: () => log, stop };
}

/**
 * Opens `url` in a new headless Chromium (800×600), after `beforeLoad(page)` (to add listeners), and collects the
 * page's errors and console errors; closes the browser again if the page does not load.
 *
 * @example
 * const { browser, page, errors } = await openApp("http://127.0.0.1:5006/bokeh_serve_app");
 * expect(errors).to.deep.equal([]);
 * await browser.close();
 */
export async function openApp(url, { beforeLoad = () => {} } = {}) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  beforeLoad(page);
  await page.goto(url).catch(async (error) => {
    await browser.close();
    throw error;
  });
  return { browser, page, errors };
}
