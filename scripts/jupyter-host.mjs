// Bundles examples/jupyter/jupyter-host.ts (the real @jupyter-widgets/html-manager and anywidget front end, which
// ship as webpack-style and AMD modules) into dist/jupyter-host.js (a classic script defining `rivuletJupyter`) and its CSS, for the Jupyter example and
// tests.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

/** FAST's focus-selector module, which appends a <style> element at import time; a strict CSP blocks that. */
const fastFocusModule = /[\\/]@microsoft[\\/]fast-foundation[\\/]dist[\\/]esm[\\/]utilities[\\/]style$/;

/** Resolves FAST's `./focus.js` to examples/jupyter/focus-visible.ts, which asks `CSS.supports` instead. */
const cspSafeFocusVisible = {
  name: "csp-safe-focus-visible",
  setup(build) {
    const standIn = fileURLToPath(new URL("../examples/jupyter/focus-visible.ts", import.meta.url));
    let replaced = false;
    build.onResolve({ filter: /^\.\/focus\.js$/ }, ({ resolveDir }) => {
      if (!fastFocusModule.test(resolveDir)) return undefined;
      replaced = true;
      return { path: standIn };
    });
    build.onEnd(() => {
      if (replaced) return;
      throw new Error(
        "jupyter-host: FAST's utilities/style/focus.js was not found to replace; a new @microsoft/fast-foundation " +
          "moved it, so update fastFocusModule in scripts/jupyter-host.mjs",
      );
    });
  },
};

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
  plugins: [cspSafeFocusVisible],
  logLevel: "warning",
});
