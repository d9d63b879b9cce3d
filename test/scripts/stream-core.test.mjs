// Checks the small stream runtime as a user of the built package gets it: `rivulet/stream/core` registers the everyday
// operators and no others, for Node, for a bundler that honours package.json `sideEffects` (esbuild) and for
// TypeScript, and `rivulet/stream/operators/<name>` adds one operator, value and type, when imported.
import { expect } from "chai";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";

const run = promisify(execFile);
const everyday = ["map", "filter", "scan", "sink", "sinkToList", "timedWindow"];
const others = ["zip", "slidingWindow", "throttle", "combineLatest", "histogram", "visualize"];

/** A folder outside the repository where `rivulet` is an installed package: node_modules/rivulet → the built repo. */
function consumerFolder() {
  const folder = mkdtempSync(join(tmpdir(), "rivulet-core-"));
  mkdirSync(join(folder, "node_modules"));
  symlinkSync(resolve("."), join(folder, "node_modules", "rivulet"), "dir");
  return folder;
}

/** Module text that imports `specifiers` and prints which of `names` streams have as methods, as JSON. */
const probe = (specifiers, names) =>
  [
    `import { Stream } from "rivulet/stream/core";`,
    ...specifiers.map((specifier) => `import ${JSON.stringify(specifier)};`),
    `const has = Object.fromEntries(${JSON.stringify(names)}.map((name) => [name, typeof Stream.prototype[name] === "function"]));`,
    `console.log(JSON.stringify(has));`,
  ].join("\n");

/** Which of `names` are stream methods in a fresh Node process that runs `code` from `folder`. */
async function methodsInNode(folder, code) {
  const file = join(folder, `probe-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  const { stdout } = await run(process.execPath, [file], { cwd: folder });
  return JSON.parse(stdout);
}

/** The same, with `code` bundled by esbuild first (tree-shaken, minified), then run in a fresh Node process. */
async function methodsInBundle(folder, code) {
  const entry = join(folder, `entry-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(entry, code);
  const outfile = `${entry}.bundle.mjs`;
  await build({ entryPoints: [entry], outfile, bundle: true, minify: true, format: "esm", platform: "neutral" });
  return methodsInNode(folder, `import ${JSON.stringify(outfile)};`);
}

const only = (names, value) => Object.fromEntries(names.map((name) => [name, value]));

describe("rivulet/stream/core and rivulet/stream/operators/<name>, from the built package", function () {
  this.timeout(120_000); // a hang guard: a few child processes, one esbuild bundle per case and one tsc run
  let folder;

  before(() => {
    if (!existsSync("dist/stream/core.js")) throw new Error("stream-core test: no dist/; run `npm run build` first");
    folder = consumerFolder();
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  it("gives streams the everyday operators and no others, in Node", async () => {
    const has = await methodsInNode(folder, probe([], [...everyday, ...others]));
    expect(has).to.deep.equal({ ...only(everyday, true), ...only(others, false) });
  });

  it("adds exactly the operator whose module is imported, and rivulet/stream adds them all", async () => {
    const withZip = await methodsInNode(folder, probe(["rivulet/stream/operators/zip"], others));
    expect(withZip).to.deep.equal({ ...only(others, false), zip: true });
    const full = await methodsInNode(folder, probe(["rivulet/stream"], [...everyday, ...others]));
    expect(full).to.deep.equal(only([...everyday, ...others], true));
  });

  it("keeps the everyday operators through a bundler that drops modules without side effects", async () => {
    const has = await methodsInBundle(
      folder,
      probe(["rivulet/stream/operators/sliding-window"], [...everyday, ...others]),
    );
    expect(has).to.deep.equal({ ...only(everyday, true), ...only(others, false), slidingWindow: true });
    const full = await methodsInBundle(folder, probe(["rivulet/stream", "rivulet/stream/visualize"], others));
    expect(full).to.deep.equal(only(others, true));
  });

  it("types an operator's method only where its module is imported", async () => {
    // tsc fails on a `@ts-expect-error` that has no error to expect, so this passes only if each line is as commented.
    writeFileSync(
      join(folder, "core-only.ts"),
      [
        `import { fromIterable } from "rivulet/stream/core";`,
        `const source = fromIterable([1, 2, 3]);`,
        `source.map((x) => x * 2).filter((x) => x > 2).scan((sum, x) => sum + x, { start: 0 }).sink(console.log);`,
        `source.timedWindow(100).sinkToList();`,
        `// @ts-expect-error zip is not in rivulet/stream/core`,
        `source.zip(source);`,
        `// @ts-expect-error visualize is not in rivulet/stream/core`,
        `source.visualize();`,
      ].join("\n"),
    );
    writeFileSync(
      join(folder, "one-operator.ts"),
      [
        `import { fromIterable } from "rivulet/stream/core";`,
        `import "rivulet/stream/operators/combine-latest";`,
        `const source = fromIterable([1, 2, 3]);`,
        `source.combineLatest(source.map(String)).sink(([n, s]: [number, string]) => console.log(n, s));`,
        `// @ts-expect-error zip comes with its own module, not with combineLatest's`,
        `source.zip(source);`,
      ].join("\n"),
    );
    const compilerOptions = {
      target: "ES2022",
      module: "ESNext",
      moduleResolution: "Bundler",
      strict: true,
      noEmit: true,
      lib: ["ES2022", "DOM"],
      types: [],
    };
    const files = ["core-only.ts", "one-operator.ts"];
    writeFileSync(join(folder, "tsconfig.json"), JSON.stringify({ compilerOptions, files }));
    const tsc = resolve("node_modules/typescript/bin/tsc");
    const result = await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: folder }).catch((error) => error);
    expect(`${result.stdout ?? ""}${result.stderr ?? ""}`).to.equal("");
    expect(result.code ?? 0).to.equal(0);
  });
});
