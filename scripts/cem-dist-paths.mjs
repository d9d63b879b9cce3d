// An analyzer plugin for custom-elements.json: the analyzer reads the TypeScript sources, but the package ships
// dist/, so every module path in the manifest is rewritten to the built file (`components/riv-pad.ts` →
// `dist/components/riv-pad.js`).

const sourcePath = /^\/?((?:components|stream)\/[\w-]+)\.[jt]s$/;

/** The built file for a source path; other paths (a package's module) unchanged. */
const toDist = (path) => path.replace(sourcePath, "dist/$1.js");

/** Rewrites every `path` and `module` string under `value`, in place. */
function rewrite(value) {
  if (Array.isArray(value)) value.forEach(rewrite);
  else if (value && typeof value === "object") {
    for (const [key, entry] of Object.entries(value)) {
      if ((key === "path" || key === "module") && typeof entry === "string") value[key] = toDist(entry);
      else rewrite(entry);
    }
  }
}

/**
 * The plugin for custom-elements-manifest.config.mjs.
 *
 * @example
 * export default { plugins: [distPaths()] };
 */
export function distPaths() {
  return {
    name: "rivulet-dist-paths",
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}
