// Starts the write-up's Panel app (bench/peer-seed/app.py) with the project's Python environment on a free loopback
// port, and collects the events-per-second lines its streamz pipeline prints. Used by the benchmark and its test.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { ensurePythonEnv } from "../../scripts/python-env.mjs";
import { freePort } from "../../scripts/free-port.mjs";

const appFile = join(dirname(fileURLToPath(import.meta.url)), "app.py");

/** How long the app may take to import Panel and HoloViews and listen, on a loaded machine: a hang guard. */
const startupGuardMs = 120_000;

/**
 * Serves the Panel app and resolves once it listens, to `{ url, pid, rates, stop }`: `rates` is every events/s
 * number the app has printed so far (one a second), `stop()` ends the process and resolves when it has exited.
 *
 * @example
 * const peer = await startPeerSeed();
 * await page.goto(peer.url); // ... move the pointer over the plot ...
 * console.log(peer.rates.reduce((sum, n) => sum + n, 0), "moves reached the stream");
 * await peer.stop();
 */
export async function startPeerSeed({ rollover = 3000 } = {}) {
  const python = ensurePythonEnv();
  const port = await freePort();
  const child = spawn(python, [appFile, "--port", String(port), "--rollover", String(rollover)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const rates = [];
  const errors = [];
  const exited = new Promise((resolve) => child.once("exit", resolve));
  createInterface({ input: child.stderr }).on("line", (line) => errors.push(line));
  const listening = new Promise((resolve, reject) => {
    const guard = setTimeout(
      () => reject(new Error(`peer-seed: app.py did not listen within ${startupGuardMs} ms:\n${errors.join("\n")}`)),
      startupGuardMs,
    );
    void exited.then((code) => {
      clearTimeout(guard);
      reject(new Error(`peer-seed: app.py exited with ${code} before listening:\n${errors.join("\n")}`));
    });
    createInterface({ input: child.stdout }).on("line", (line) => {
      const served = /^peer-seed: serving (\S+)$/.exec(line);
      if (served) {
        clearTimeout(guard);
        resolve(served[1]);
      } else if (/^\d+$/.test(line)) rates.push(Number(line));
    });
  });
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  try {
    return { url: await listening, pid: child.pid, rates, errors, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * In the app's page (pass it to `page.waitForFunction`): the HoloViews figure's BokehJS view once its data area is
 * laid out, otherwise null.
 *
 * @example
 * const view = await page.waitForFunction(peerFigureView); // a JSHandle of the FigureView
 */
export function peerFigureView() {
  const views = window.Bokeh?.index ? [...window.Bokeh.index.all_views()] : [];
  const view = views.find((candidate) => "frame" in candidate && "canvas_view" in candidate);
  return view !== undefined && view.frame.bbox.width > 0 ? view : null;
}
