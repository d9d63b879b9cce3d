// `npm start`: serves the examples from the TypeScript sources with @web/dev-server on HOST:PORT only (default
// 127.0.0.1:8000), prints their URLs at once, reloads open pages on a source edit and builds dist/ (and the API
// reference, when docs/ has none) in the background.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { serveExamples } from "./dev-server.mjs";

const host = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || 8000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`rivulet: PORT "${process.env.PORT}" is not a port number; use e.g. PORT=8000`);
  process.exit(1);
}

const server = await serveExamples({ hostname: host, port, live: true }).catch((error) => {
  console.error(
    `rivulet: cannot listen on ${host}:${port} (${error.code ?? error.message}); set HOST or PORT, e.g. PORT=8001`,
  );
  process.exit(1);
});
const { url } = server;

console.log(`rivulet main example: ${url}/examples/mouse-movements/`);
console.log(`all examples:         ${url}/examples/`);
console.log(`API reference:        ${url}/docs/ (once built)`);
console.log("Pages reload when a source changes. Press Ctrl+C to stop.");

/** Runs `npm run <script>` in its own process group, so that stopping the server stops rollup and tsc too. */
const background = (script) =>
  spawn("npm", ["run", "--silent", script], { stdio: ["ignore", "ignore", "inherit"], detached: true });

// Only pages that load dist/ (the bundle, the plain-HTML example) and /docs/ wait for these builds; the examples do
// not. RIVULET_NO_BUILD=1 skips them (the start-up test, where dist/ is already built).
let build = process.env.RIVULET_NO_BUILD === "1" ? undefined : background("build");
build?.once("exit", (code) => {
  console.log(code === 0 ? "dist/ built." : `rivulet: npm run build failed (exit ${code}); dist/ is stale`);
  if (code !== 0 || existsSync("docs/index.html")) return;
  build = background("docs");
  build.once("exit", (docsCode) =>
    console.log(docsCode === 0 ? "docs/ built." : `rivulet: npm run docs failed (exit ${docsCode})`),
  );
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    if (build?.exitCode === null) process.kill(-build.pid);
    void server.stop().then(() => process.exit(0));
  });
}
