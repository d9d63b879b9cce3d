// `npm test`: makes sure Chromium is there, builds, prepares the project's Python environment (`.venv/`, from
// python/requirements.txt) and nats-server, lints, runs the stream tests, the scripts' tests (the dev server's
// exposure), the Python-backed tests and the NATS tests (against real nats-servers) in Node and every browser test
// in headless Chromium, then prints one total line `N passed, N failed` for everything it ran.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const countsDir = mkdtempSync(join(tmpdir(), "rivulet-test-"));
const results = [];

/**
 * Runs one step. A test step contributes the counts its runner wrote; a check (lint) counts as one test; a
 * preparation step (chromium, build) counts only when it fails.
 */
function step(name, command, args, { counted = false, preparation = false } = {}) {
  console.log(`\n=== ${name}: ${[command, ...args].join(" ")}`);
  const countsFile = join(countsDir, `${results.length}.json`);
  const env = { ...process.env, RIVULET_COUNTS: countsFile };
  const status = spawnSync(command, args, { stdio: "inherit", env }).status;
  let counts = status === 0 ? { passed: preparation ? 0 : 1, failed: 0 } : { passed: 0, failed: 1 };
  if (counted && existsSync(countsFile)) {
    counts = JSON.parse(readFileSync(countsFile, "utf8"));
    if (status !== 0 && counts.failed === 0) counts.failed = 1; // the runner itself failed
  }
  results.push({ name, status, ...counts });
  return status === 0;
}

const ready =
  step("chromium", process.execPath, ["scripts/ensure-chromium.mjs"], { preparation: true }) &&
  step("build", "npm", ["run", "--silent", "build"], { preparation: true }) &&
  step("python env", process.execPath, ["scripts/python-env.mjs"], { preparation: true }) &&
  step("nats-server", process.execPath, ["scripts/nats-server.mjs", "--ensure"], { preparation: true });
if (ready) {
  step("lint", "npm", ["run", "--silent", "lint"]);
  step("node tests", process.execPath, ["scripts/node-tests.mjs", "test/stream"], { counted: true });
  step("script tests", process.execPath, ["scripts/node-tests.mjs", "test/scripts"], { counted: true });
  step("python tests", process.execPath, ["scripts/node-tests.mjs", "test/python"], { counted: true });
  step("nats tests", process.execPath, ["scripts/node-tests.mjs", "test/nats"], { counted: true });
  step("browser tests", "npx", ["--no-install", "web-test-runner"], { counted: true });
}

console.log("\n=== summary");
for (const { name, passed, failed } of results) console.log(`${name}: ${passed} passed, ${failed} failed`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
