// The size budget: each entry point minified as a page would load it, and the built bundle, gzipped, against a
// budget. `npm run build` prints the table; `npm run bench` runs it with --check, which fails on a size over budget.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { nodeResolve } from "@rollup/plugin-node-resolve";
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
  { name: "stream runtime", input: "stream/index.ts", externals: "none", budget: 6 * kib },
  { name: "components (no BokehJS)", input: "components/index.ts", externals: "dependencies", budget: 20 * kib },
  { name: "plot (no BokehJS)", input: "components/plot-index.ts", externals: "dependencies", budget: 27 * kib },
  { name: "rivulet (no dependencies)", input: "index.ts", externals: "dependencies", budget: 38 * kib },
  { name: "dist/rivulet.bundle.js", file: "dist/rivulet.bundle.js", budget: 600 * kib },
];

/** One entry point minified as the production bundle is (esbuild, NODE_ENV=production), in one chunk. */
async function minifiedEntry({ input, externals }) {
  const bundle = await rollup({
    input,
    external: externals === "none" ? [] : isDependency,
    plugins: [
      nodeResolve({ browser: true }),
      esbuild({
        target: "es2022",
        tsconfig: "tsconfig.json",
        minify: true,
        define: { "process.env.NODE_ENV": '"production"' },
      }),
    ],
    onwarn: () => undefined,
  });
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
  if (process.argv.includes("--check") && !passed) {
    console.error(
      "size budget: a size is over its budget (FAIL above); shrink it, or raise the budget in scripts/bundle-sizes.mjs with a reason",
    );
    process.exitCode = 1;
  }
}
