// Builds rivulet: the library entry points as ES modules in dist/ (types come from `tsc -p tsconfig.build.json`),
// one self-contained, minified browser bundle with lit and BokehJS inside, the anywidget module
// dist/rivulet-widget.js, and two builds for pages that load BokehJS themselves (a classic script and an ES module,
// no BokehJS inside). Prints each bundle's raw and gzip size.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
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

const fromRoot = (path) => resolve(import.meta.dirname, path);
const pageSwaps = new Map([
  [fromRoot("components/bokeh.js"), fromRoot("embed/bokeh/page-bokeh.ts")],
  [fromRoot("node_modules/@bokeh/bokehjs/build/js/bokeh-gl.esm.min.js"), fromRoot("embed/bokeh/page-bokeh-gl.ts")],
]);

/**
 * For pages that already load BokehJS: every import of components/bokeh.ts (and of BokehJS's WebGL build) resolves
 * to embed/bokeh/page-bokeh.ts (page-bokeh-gl.ts), which take the page's `window.Bokeh`, so no BokehJS is bundled.
 */
function pageBokeh() {
  return {
    name: "page-bokeh",
    resolveId(source, importer) {
      if (importer === undefined) return null;
      const path = source.startsWith(".") ? resolve(dirname(importer), source) : fromRoot(`node_modules/${source}`);
      return pageSwaps.get(path) ?? null;
    },
  };
}

/** The builds for pages with BokehJS: the elements, the runtime and the RivuletElement model, minified; one build per output. */
const pageBuild = (...outputs) => ({
  input: "embed/bokeh/page-build.ts",
  plugins: [
    pageBokeh(),
    nodeResolve({ browser: true }),
    typescript({ minify: true, keepNames: true, define: { "process.env.NODE_ENV": '"production"' } }),
  ],
  output: outputs.map((output) => ({
    sourcemap: true,
    inlineDynamicImports: true,
    plugins: [printSizes()],
    ...output,
  })),
  onwarn,
});

/** BokehJS's plotting API (`Bokeh.Plotting`), which `bokeh serve` pages do not load, from the same BokehJS version. */
const bokehApi = () => readFileSync("node_modules/@bokeh/bokehjs/build/js/bokeh-api.min.js", "utf8");

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
      "stream/core": "stream/core.ts",
      "stream/port/index": "stream/port/index.ts",
      "stream/nats/index": "stream/nats/index.ts",
      "components/index": "components/index.ts",
      "components/plot-index": "components/plot-index.ts",
      "embed/bokeh/index": "embed/bokeh/index.ts",
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
  {
    // The anywidget front-end module: one self-contained file (lit and the elements, no BokehJS), which anywidget
    // and Panel's AnyWidgetComponent send inline to the page, so it carries no source-map comment to a file.
    input: "embed/jupyter/rivulet-widget.ts",
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ minify: true, keepNames: true, define: { "process.env.NODE_ENV": '"production"' } }),
    ],
    output: { file: "dist/rivulet-widget.js", format: "es", plugins: [printSizes()] },
    onwarn,
  },
  // dist/rivulet-bokeh-server.js is the same classic script after BokehJS's plotting API: the script that the Python
  // RivuletElement has Bokeh serve after bokeh.min.js (python/rivulet_elements/package.json).
  pageBuild(
    { file: "dist/rivulet-bokeh.js", format: "iife", name: "Rivulet" },
    { file: "dist/rivulet-bokeh-server.js", format: "iife", name: "Rivulet", banner: bokehApi },
  ),
  {
    input: "embed/bokeh/before-bokeh.ts",
    plugins: [typescript({ minify: true })],
    output: { file: "dist/rivulet-bokeh-csp.js", format: "iife", plugins: [printSizes()] },
  },
  pageBuild({ file: "dist/rivulet-bokeh.esm.js", format: "es" }),
];
