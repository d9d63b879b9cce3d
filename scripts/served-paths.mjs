// What rivulet's dev server may answer: a few folders and files named up front, plus each node_modules file that a
// served module imports, recorded as the server resolves that import. Everything else, dot-files and `..` included,
// is a 404, so a page on this server cannot read the repository's configuration, its history or the disk around it.

/**
 * The folders the examples need: the pages, the built library, and the sources its source maps name; and the API
 * reference (`npm run docs`).
 */
export const exampleFolders = ["examples", "dist", "components", "stream", "docs"];

/**
 * Single files the examples need besides those folders: the examples index, the library's entry source, and the
 * stock BokehJS classic scripts that examples/bokeh-embed/ loads as a page with Bokeh would.
 */
export const exampleFiles = [
  "/",
  "/index.ts",
  ...["bokeh", "bokeh-widgets", "bokeh-api"].map((name) => `/node_modules/@bokeh/bokehjs/build/js/${name}.min.js`),
];

/** Decodes a request path; `undefined` when it is not valid percent-encoding. */
function decodePath(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** Whether a decoded path has a `.`/`..` or dot-file segment, an empty segment, a backslash or a NUL. */
const isSuspicious = (path) =>
  path.split("/").some((segment, index, segments) => {
    const last = index === segments.length - 1;
    if (segment === "") return index > 0 && !last;
    return segment.startsWith(".") || segment.includes("\\") || segment.includes("\0");
  });

/**
 * The dev-server gate for `folders` and `files`: a koa `middleware` that answers 404 (400 for a malformed path)
 * before any other middleware sees the request, and a `plugin` that records every import a served module resolves
 * to, so that node_modules files are served only as imports, never browsed.
 *
 * @example
 * const gate = servedPaths({ folders: ["examples", "dist"], files: ["/"] });
 * startDevServer({ config: { middleware: [gate.middleware], plugins: [gate.plugin] } });
 */
export function servedPaths({ folders, files }) {
  const imported = new Set();
  const isServed = (path) =>
    files.includes(path) ||
    folders.some((folder) => path.startsWith(`/${folder}/`)) ||
    imported.has(path) ||
    (path.endsWith(".map") && imported.has(path.slice(0, -".map".length)));

  const middleware = async (context, next) => {
    const path = decodePath(context.path);
    if (path === undefined) {
      context.status = 400;
      context.body = `rivulet dev server: "${context.path}" is not valid percent-encoding; check the link`;
      return;
    }
    if (isSuspicious(path) || !isServed(path)) {
      context.status = 404;
      context.body = `rivulet dev server: "${path}" is not served; it serves ${files.join(", ")}, /${folders.join("/, /")}/ and the modules they import`;
      return;
    }
    await next();
  };

  const plugin = {
    name: "rivulet-served-paths",
    transformImport({ source, context }) {
      // Resolved imports are paths on this server, relative to the importing module; bare or full URLs are not ours.
      if (!/^\.{0,2}\//.test(source)) return undefined;
      const path = decodePath(new URL(source, `http://server${context.path}`).pathname);
      if (path !== undefined) imported.add(path);
      return undefined;
    },
  };

  return { middleware, plugin };
}
