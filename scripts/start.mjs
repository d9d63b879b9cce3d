// `npm start`: builds rivulet (and its API reference when docs/ has none), then serves the examples with
// @web/dev-server on HOST:PORT only (default 127.0.0.1:8000) and prints the URLs of the main example, the examples
// index and the reference.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { serveExamples } from "./dev-server.mjs";

const host = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || 8000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`rivulet: PORT "${process.env.PORT}" is not a port number; use e.g. PORT=8000`);
  process.exit(1);
}

if (spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
const docsMissing = !existsSync("docs/index.html");
if (docsMissing && spawnSync("npm", ["run", "--silent", "docs"], { stdio: "inherit" }).status !== 0) process.exit(1);

const server = await serveExamples({ hostname: host, port }).catch((error) => {
  console.error(
    `rivulet: cannot listen on ${host}:${port} (${error.code ?? error.message}); set HOST or PORT, e.g. PORT=8001`,
  );
  process.exit(1);
});
const { url } = server;

console.log(`\nrivulet main example: ${url}/examples/mouse-movements/`);
console.log(`all examples:         ${url}/examples/`);
console.log(`API reference:        ${url}/docs/`);
console.log("Press Ctrl+C to stop.");
