// `npm start`: builds rivulet, then serves the repository with @web/dev-server on HOST:PORT
// (default 127.0.0.1:8000) and prints the URL of the main example and of the examples index.
import { spawnSync } from "node:child_process";
import { serveRepository } from "./dev-server.mjs";
import { examplesIndexPlugin } from "./examples-index.mjs";

const host = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || 8000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`rivulet: PORT "${process.env.PORT}" is not a port number; use e.g. PORT=8000`);
  process.exit(1);
}

if (spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);

await serveRepository({ hostname: host, port, plugins: [examplesIndexPlugin()] });

const base = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
console.log(`\nrivulet main example: ${base}/examples/mouse-movements/`);
console.log(`all examples:         ${base}/examples/`);
console.log("Press Ctrl+C to stop.");
