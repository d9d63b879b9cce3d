// Runs the Node tests with mocha (TypeScript through tsx): the stream runtime's, proving `stream/` needs no DOM, and
// the scripts' (test/scripts/*.test.mjs, e.g. what the dev server exposes). Writes the pass/fail counts to the JSON
// file named by RIVULET_COUNTS. Arguments name test files or folders to run instead of both folders
// (`node scripts/node-tests.mjs test/stream/queue.test.ts`, `node scripts/node-tests.mjs test/scripts`).
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { register } from "tsx/esm/api";
import Mocha from "mocha";

/** The test files an argument names: the file itself, or every `.test.ts`/`.test.mjs` under a folder, sorted. */
function testFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.test\.m?[jt]s$/.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

register();
const mocha = new Mocha({ reporter: "spec", timeout: 10000, forbidOnly: true, forbidPending: true });
const paths = process.argv.length > 2 ? process.argv.slice(2) : ["test/stream", "test/scripts"];
const files = paths.flatMap(testFiles);
for (const file of files) mocha.addFile(file);
await mocha.loadFilesAsync();
const runner = mocha.run((failures) => {
  const counts = { passed: runner.stats.passes, failed: failures, skipped: runner.stats.pending };
  if (process.env.RIVULET_COUNTS) writeFileSync(process.env.RIVULET_COUNTS, JSON.stringify(counts));
  process.exitCode = failures > 0 ? 1 : 0;
  exitOnceIdle(counts);
});

/**
 * After the run, the process should end by itself: whatever is still open then (a server, a watcher, a child
 * process) is a leak that would keep `npm test` waiting forever. Waits `leakGraceMs` for it to close, then names
 * what is open, counts it as one failure and exits.
 */
function exitOnceIdle(counts) {
  const leakGraceMs = 15_000;
  setTimeout(() => {
    const open = process.getActiveResourcesInfo().filter((resource) => resource !== "Timeout");
    console.error(`rivulet: the tests ended but left open: ${open.join(", ")}; a test leaks these`);
    const failed = { ...counts, failed: counts.failed + 1 };
    if (process.env.RIVULET_COUNTS) writeFileSync(process.env.RIVULET_COUNTS, JSON.stringify(failed));
    process.exit(1);
  }, leakGraceMs).unref();
}
