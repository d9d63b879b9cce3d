// Builds rivulet: the library entry points as ES modules in dist/ (types come from `tsc -p tsconfig.build.json`),
// and one self-contained, minified browser bundle with lit and BokehJS inside. Prints bundle sizes at the end.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import esbuild from "rollup-plugin-esbuild";

const dependencies = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).dependencies);
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

const typescript = (options = {}) => esbuild({ target: "es2022", tsconfig: "tsconfig.json", ...options });

/** Prints each written chunk's raw and gzip size. */
function printSizes() {
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  return {
    name: "print-sizes",
    writeBundle(options, bundle) {
      for (const [fileName, chunk] of Object.entries(bundle)) {
        if (chunk.type !== "chunk") continue;
        const code = Buffer.from(chunk.code);
        console.log(
          `  ${options.dir ?? ""}${options.file ?? fileName}: ${kib(code.length)} raw, ${kib(gzipSync(code).length)} gzip`,
        );
      }
    },
  };
}

/** BokehJS's own `eval` (its CustomJS callbacks) is theirs to answer for; every other warning is shown. */
function onwarn(warning, warn) {
  if (warning.code === "EVAL" && warning.id?.includes("@bokeh/bokehjs")) return;
  warn(warning);
}

export default [
  {
    input: {
      index: "index.ts",
      "stream/index": "stream/index.ts",
      "stream/port/index": "stream/port/index.ts",
      "components/index": "components/index.ts",
      "components/plot-index": "components/plot-index.ts",
    },
    external: isDependency,
    plugins: [typescript()],
    output: { dir: "dist", format: "es", sourcemap: true, preserveModules: true, preserveModulesRoot: "." },
    onwarn,
  },
  {
    input: "index.ts",
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ minify: true, keepNames: true, define: { "process.env.NODE_ENV": '"production"' } }),
    ],
    // BokehJS's WebGL build, which plots import only when they draw with WebGL, stays inside the one file.
    output: {
      file: "dist/rivulet.bundle.js",
      format: "es",
      sourcemap: true,
      inlineDynamicImports: true,
      plugins: [printSizes()],
    },
    onwarn,
  },
];
