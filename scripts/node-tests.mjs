// Runs the stream runtime's tests in Node with mocha (TypeScript through tsx), proving `stream/` needs no DOM.
// Writes the pass/fail counts to the JSON file named by RIVULET_COUNTS. Arguments name test files to run instead
// of all of test/stream (`node scripts/node-tests.mjs test/stream/queue.test.ts`).
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { register } from "tsx/esm/api";
import Mocha from "mocha";

/** Every file under `dir` whose name ends with `suffix`, sorted. */
function findFiles(dir, suffix) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

register();
const mocha = new Mocha({ reporter: "spec", timeout: 10000, forbidOnly: true, forbidPending: true });
const files = process.argv.length > 2 ? process.argv.slice(2) : findFiles("test/stream", ".test.ts");
for (const file of files) mocha.addFile(file);
await mocha.loadFilesAsync();
const runner = mocha.run((failures) => {
  const counts = { passed: runner.stats.passes, failed: failures, skipped: runner.stats.pending };
  if (process.env.RIVULET_COUNTS) writeFileSync(process.env.RIVULET_COUNTS, JSON.stringify(counts));
  process.exitCode = failures > 0 ? 1 : 0;
});
