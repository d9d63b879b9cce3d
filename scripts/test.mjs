// `npm test`: makes sure Chromium is there, builds, prepares the project's Python environment (`.venv/`, from
// python/requirements.txt) and nats-server, lints, runs the stream tests, the scripts' tests (the dev server's
// exposure), the Python-backed tests and the NATS tests (against real nats-servers) in Node and every browser test
// in headless Chromium, then prints one total line `N passed, N failed` for everything it ran.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const countsDir = mkdtempSync(join(tmpdir(), "rivulet-test-"));
const results = [];

/**
 * Runs one step in a process group of its own and, once it ended, kills what is left of that group, so that no
 * stray process outlives its step (and keeps CI's output pipe open). The step is killed after `minutes`: a hang
 * guard far above its usual time, so that a hung step fails instead of stalling CI. A test step contributes the
 * counts its runner wrote; a check (lint) counts as one test; a preparation step (chromium, build) counts only when
 * it fails.
 */
async function step(name, command, args, { counted = false, preparation = false, minutes = 10 } = {}) {
  console.log(`\n=== ${name}: ${[command, ...args].join(" ")}`);
  const countsFile = join(countsDir, `${results.length}.json`);
  const env = { ...process.env, RIVULET_COUNTS: countsFile };
  const child = spawn(command, args, { stdio: "inherit", env, detached: true });
  const killGroup = () => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // the group is gone already
    }
  };
  const stop = (signal) => {
    killGroup();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", stop).once("SIGTERM", stop); // Ctrl+C reaches only this process, not the step's group
  const timer = setTimeout(() => {
    console.log(`rivulet: step "${name}" did not end within ${minutes} min; killed`);
    killGroup();
  }, minutes * 60_000);
  const status = await new Promise((resolve) => {
    child.once("error", () => resolve(null));
    child.once("exit", (code) => resolve(code));
  });
  clearTimeout(timer);
  process.off("SIGINT", stop).off("SIGTERM", stop);
  killGroup();
  let counts = status === 0 ? { passed: preparation ? 0 : 1, failed: 0 } : { passed: 0, failed: 1 };
  if (counted && existsSync(countsFile)) {
    counts = JSON.parse(readFileSync(countsFile, "utf8"));
    if (status !== 0 && counts.failed === 0) counts.failed = 1; // the runner itself failed
  }
  results.push({ name, status, ...counts });
  return status === 0;
}

const ready =
  (await step("chromium", process.execPath, ["scripts/ensure-chromium.mjs"], { preparation: true })) &&
  (await step("build", "npm", ["run", "--silent", "build"], { preparation: true })) &&
  (await step("python env", process.execPath, ["scripts/python-env.mjs"], { preparation: true })) &&
  (await step("nats-server", process.execPath, ["scripts/nats-server.mjs", "--ensure"], { preparation: true }));
if (ready) {
  await step("lint", "npm", ["run", "--silent", "lint"]);
  await step("node tests", process.execPath, ["scripts/node-tests.mjs", "test/stream"], { counted: true });
  await step("script tests", process.execPath, ["scripts/node-tests.mjs", "test/scripts"], { counted: true });
  await step("python tests", process.execPath, ["scripts/node-tests.mjs", "test/python"], { counted: true });
  await step("nats tests", process.execPath, ["scripts/node-tests.mjs", "test/nats"], { counted: true });
  await step("browser tests", "npx", ["--no-install", "web-test-runner"], { counted: true, minutes: 30 });
}

console.log("\n=== summary");
for (const { name, passed, failed } of results) console.log(`${name}: ${passed} passed, ${failed} failed`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
