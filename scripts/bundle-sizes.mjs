// The size budget: each entry point minified as a page would load it, and the built bundle, gzipped, against a
// budget. `npm run build` prints the table; `npm run bench` runs it with --check, which fails on a size over budget.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { transform } from "esbuild";
import { rollup } from "rollup";
import esbuild from "rollup-plugin-esbuild";

const kib = 1024;
const dependencies = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).dependencies);
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * What is measured, and its budget in gzipped bytes. An entry point is bundled with everything of rivulet it
 * imports and, as `externals` says, without rivulet's dependencies (lit, @lit-labs/signals, BokehJS), which a page
 * shares with others and rivulet does not choose the size of.
 */
export const budgets = [
  // The small runtime (`Stream`, `Source`, the sources, queue, schedulers, errors, map, filter, scan, sink,
  // sinkToList, timedWindow): what a page importing only `rivulet/stream/core` loads.
  { name: "stream runtime: rivulet/stream/core", input: "stream/core.ts", externals: "none", budget: 6 * kib },
  // Every operator and visualize(): 10.6 KB in December 2026, before the core entry and the shrinking that came with it.
  { name: "stream, all operators: rivulet/stream", input: "stream/index.ts", externals: "none", budget: 11 * kib },
  // 18.3 KB before <riv-graph> (2 KB, dagre outside it as a dependency) joined the components in December 2026.
  { name: "components (no BokehJS)", input: "components/index.ts", externals: "dependencies", budget: 21 * kib },
  // 24.2 and 36.7 KB before the raster layers (plot-raster*.ts, 2.4 KB) joined the plot in December 2026, and
  // 39.2 KB for rivulet before riv-plot's adopt() (plot-adopt.ts, 0.9 KB); 28.0 and 40.8 KB before the picture
  // painted only where rows came and went, and drawn on the 2-D canvas in WebGL plots (1.1 KB), on 3 December.
  { name: "plot (no BokehJS)", input: "components/plot-index.ts", externals: "dependencies", budget: 30 * kib },
  { name: "rivulet (no dependencies)", input: "index.ts", externals: "dependencies", budget: 43 * kib },
  { name: "dist/rivulet.bundle.js", file: "dist/rivulet.bundle.js", budget: 600 * kib },
];

/** One entry point (`input`) as rollup loads it, minified or not, for `external`. */
function bundleOf({ input, externals }, minify) {
  return rollup({
    input,
    external: externals === "none" ? [] : isDependency,
    plugins: [
      nodeResolve({ browser: true }),
      esbuild({
        target: "es2022",
        tsconfig: "tsconfig.json",
        minify,
        define: { "process.env.NODE_ENV": '"production"' },
      }),
    ],
    onwarn: () => undefined,
  });
}

/** One entry point minified as the production bundle is (esbuild, NODE_ENV=production), in one chunk. */
async function minifiedEntry(row) {
  const bundle = await bundleOf(row, true);
  try {
    const { output } = await bundle.generate({ format: "es", inlineDynamicImports: true });
    return Buffer.from(output.map((chunk) => (chunk.type === "chunk" ? chunk.code : "")).join(""));
  } finally {
    await bundle.close();
  }
}

/**
 * Measures every row of `budgets`: `{ name, raw, gzip, budget }` in bytes, `gzip` undefined for a file not built.
 *
 * @example
 * for (const { name, gzip, budget } of await measureSizes()) console.log(name, gzip <= budget);
 */
export async function measureSizes() {
  const rows = [];
  for (const row of budgets) {
    if (row.file && !existsSync(row.file)) {
      rows.push({ ...row, raw: undefined, gzip: undefined });
      continue;
    }
    const code = row.file ? readFileSync(row.file) : await minifiedEntry(row);
    rows.push({ ...row, raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  return rows;
}

/**
 * What each module of one row adds: `{ module, raw, gzip }` in bytes, largest gzip first, each module's code as
 * rollup renders it into the bundle, minified and gzipped alone (so the sum is above the bundle's gzip size).
 *
 * @example
 * const [largest] = await moduleSizes(budgets[1]); // e.g. { module: "stream/queue.ts", raw: 3773, gzip: 1422 }
 */
export async function moduleSizes(row) {
  const bundle = await bundleOf(row, false);
  try {
    const { output } = await bundle.generate({ format: "es", inlineDynamicImports: true });
    const sizes = [];
    for (const [id, { code }] of Object.entries(output[0].modules)) {
      const minified = Buffer.from((await transform(code ?? "", { minify: true, target: "es2022" })).code);
      const module = id.startsWith(process.cwd()) ? id.slice(process.cwd().length + 1) : id;
      sizes.push({ module, raw: minified.length, gzip: gzipSync(minified, { level: 9 }).length });
    }
    return sizes.sort((a, b) => b.gzip - a.gzip);
  } finally {
    await bundle.close();
  }
}

/**
 * The rows as a table with pass/fail, and whether every measured row is within its budget.
 *
 * @example
 * const { table, passed } = sizeTable(await measureSizes());
 */
export function sizeTable(rows) {
  const size = (bytes) => (bytes === undefined ? "not built" : `${(bytes / kib).toFixed(1)} KB`);
  const lines = [
    ["what", "minified", "gzip", "budget (gzip)", "result"],
    ...rows.map((row) => [
      row.name,
      size(row.raw),
      size(row.gzip),
      size(row.budget),
      row.gzip === undefined ? "n/a" : row.gzip <= row.budget ? "pass" : "FAIL",
    ]),
  ];
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  const format = (line) =>
    line.map((cell, column) => (column === 0 ? cell.padEnd : cell.padStart).call(cell, widths[column])).join("  ");
  const table = [format(lines[0]), widths.map((width) => "-".repeat(width)).join("  "), ...lines.slice(1).map(format)];
  return { table: table.join("\n"), passed: rows.every((row) => row.gzip === undefined || row.gzip <= row.budget) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { table, passed } = sizeTable(await measureSizes());
  console.log(`\nsize budget (KB = 1,024 bytes):\n${table}`);
  const asked = process.argv[process.argv.indexOf("--modules") + 1];
  const breakdown = budgets.find((row) => row.input !== undefined && row.input === asked);
  if (process.argv.includes("--modules")) {
    if (breakdown === undefined) {
      const inputs = budgets.flatMap((row) => row.input ?? []).join(", ");
      throw new Error(
        `bundle-sizes: --modules ${String(asked)} is not one of ${inputs}; use e.g. --modules stream/index.ts`,
      );
    }
    const lines = (await moduleSizes(breakdown)).map(
      ({ module, raw, gzip }) => `${module.padEnd(44)} ${String(raw).padStart(7)} ${String(gzip).padStart(7)}`,
    );
    console.log(`\n${breakdown.input}, bytes per module (minified, gzip):\n${lines.join("\n")}`);
  }
  if (process.argv.includes("--check") && !passed) {
    console.error(
      "size budget: a size is over its budget (FAIL above); shrink it, or raise the budget in scripts/bundle-sizes.mjs with a reason",
    );
    process.exitCode = 1;
  }
}
