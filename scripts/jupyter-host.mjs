// Bundles examples/jupyter/jupyter-host.ts (the real @jupyter-widgets/html-manager and anywidget front end, which
// ship as webpack-style and AMD modules) into dist/jupyter-host.js (a classic script defining `rivuletJupyter`) and its CSS, for the Jupyter example and
// tests.
import { build } from "esbuild";

await build({
  entryPoints: ["examples/jupyter/jupyter-host.ts"],
  bundle: true,
  format: "iife",
  globalName: "rivuletJupyter",
  platform: "browser",
  target: "es2022",
  outfile: "dist/jupyter-host.js",
  minify: true,
  // The AMD capture must run before anywidget, in import order; rivulet's own "sideEffects" list would drop it.
  ignoreAnnotations: true,
  // Font Awesome's fonts and icons, which widget controls use and a rivulet widget does not.
  loader: { ".woff": "empty", ".woff2": "empty", ".ttf": "empty", ".eot": "empty", ".svg": "empty" },
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
});
