// The official NATS clients for pages: @nats-io/nats-core and @nats-io/jetstream ship as CommonJS, so esbuild
// bundles them once into ES modules under dist/vendor/nats/ (sharing one copy of nats-core), with no eval. `npm run
// build` writes them; the dev server and the test runner serve the same build from memory (`natsClientsPlugin`)
// and resolve the bare imports to it, and the plain-HTML page's import map points at the written files.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, posix } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(import.meta.dirname, "..");
const require = createRequire(join(root, "package.json"));

/** Where the browser builds live, relative to the project root (and as served: `/dist/vendor/nats/`). */
export const natsClientsDir = "dist/vendor/nats";

/** Each client package and its browser build's file name. */
export const natsClientFiles = { "@nats-io/nats-core": "nats-core.js", "@nats-io/jetstream": "jetstream.js" };

/** An esbuild plugin whose `nats-entry:<package>` modules re-export every name the CommonJS package exports. */
const reexportEntries = {
  name: "nats-entries",
  setup(builder) {
    builder.onResolve({ filter: /^nats-entry:/ }, ({ path }) => ({
      path: path.slice("nats-entry:".length),
      namespace: "nats-entry",
    }));
    builder.onLoad({ filter: /.*/, namespace: "nats-entry" }, ({ path }) => {
      const names = Object.keys(require(path)).filter((name) => name !== "__esModule" && name !== "default");
      return { contents: `export { ${names.join(", ")} } from "${path}";`, resolveDir: root, loader: "js" };
    });
  },
};

/** Builds the clients; resolves to `[file name, text]` pairs (the two entries and their shared chunk). */
export async function buildNatsClients() {
  const result = await build({
    entryPoints: Object.entries(natsClientFiles).map(([name, file]) => ({
      in: `nats-entry:${name}`,
      out: file.slice(0, -3),
    })),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "eof",
    chunkNames: "nats-shared-[hash]",
    outdir: natsClientsDir,
    absWorkingDir: root,
    write: false,
    plugins: [reexportEntries],
    logLevel: "warning",
  });
  return result.outputFiles.map((file) => [posix.basename(file.path), file.text]);
}

/** Writes the builds to dist/vendor/nats/, replacing what was there. */
export async function writeNatsClients() {
  const dir = join(root, natsClientsDir);
  const files = await buildNatsClients();
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await Promise.all(files.map(([name, text]) => writeFile(join(dir, name), text)));
  return files;
}

/**
 * The dev-server plugin that resolves `@nats-io/nats-core` and `@nats-io/jetstream` to their browser builds at
 * `/dist/vendor/nats/` and serves those from memory, built on first request, so no `npm run build` is needed.
 *
 * @example
 * startDevServer({ config: { plugins: [natsClientsPlugin(), typescriptPlugin()] } });
 */
export function natsClientsPlugin() {
  let files;
  return {
    name: "rivulet-nats-clients",
    resolveImport({ source }) {
      const file = natsClientFiles[source];
      return file === undefined ? undefined : `/${natsClientsDir}/${file}`;
    },
    async serve(context) {
      if (!context.path.startsWith(`/${natsClientsDir}/`)) return undefined;
      files ??= buildNatsClients().then((built) => new Map(built));
      const body = (await files).get(posix.basename(context.path));
      return body === undefined ? undefined : { body, type: "js" };
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const files = await writeNatsClients();
  console.log(`nats-clients: wrote ${files.map(([name]) => `${natsClientsDir}/${name}`).join(", ")}`);
}
