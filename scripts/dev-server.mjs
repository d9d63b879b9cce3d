// How rivulet serves its examples to a browser: TypeScript through esbuild, bare imports resolved from node_modules,
// only the paths a page needs (served-paths.mjs), on exactly the address asked for. Used by `npm start`, the soak
// and the browser benchmark; the test runner takes only `typescriptPlugin`.
import { createServer } from "node:http";
import { startDevServer } from "@web/dev-server";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { cspPlugin, cspProbePath } from "./csp-plugin.mjs";
import { examplesIndexPlugin } from "./examples-index.mjs";
import { liveReload } from "./live-reload.mjs";
import { natsClientsPlugin } from "./nats-clients.mjs";
import { proxyNatsWebsocket } from "./nats-websocket-proxy.mjs";
import { exampleFiles, exampleFolders, servedPaths } from "./served-paths.mjs";

/** The dev-server plugin that serves `.ts` files as JavaScript, with the project's tsconfig. */
export const typescriptPlugin = () => esbuildPlugin({ ts: true, tsconfig: "./tsconfig.json", target: "es2022" });

/** The package's own entry points and the source file each is built from, for serving the examples unbuilt. */
const sourceOfEntry = {
  rivulet: "/index.ts",
  "rivulet/stream": "/stream/index.ts",
  "rivulet/components": "/components/index.ts",
  "rivulet/plot": "/components/plot-index.ts",
  "rivulet/nats": "/stream/nats/index.ts",
};

/** The dev-server plugin that resolves `rivulet` and its subpaths to their TypeScript sources instead of dist/. */
const sourceEntriesPlugin = () => ({
  name: "rivulet-source-entries",
  resolveImport: ({ source }) => sourceOfEntry[source],
});

/** Listens on `hostname`:`port` and nowhere else; resolves once listening, rejects if the address is taken. */
function listen(server, hostname, port) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ host: hostname, port }, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/**
 * Serves the examples, the examples index, dist/ and the library sources on `hostname`:`port` (a free port when
 * `port` is 0 or omitted), bound to that address only. `alsoServe` names more top-level folders (the benchmark
 * serves `bench`). With `live`, pages import rivulet from its TypeScript sources (no build needed but for
 * dist/rivulet.bundle.js) and reload when a file under components/, stream/, examples/ or index.ts changes.
 * With `natsWebsocketUrl`, WebSocket connections to `/nats` go through to that nats-server listener, so pages reach
 * NATS on their own origin. A page asked for with `?csp=strict` (or another policy of csp-plugin.mjs) is served under
 * that Content-Security-Policy, as the tests serve it. Resolves to `{ url, port, stop }`.
 *
 * @example
 * const server = await serveExamples({ hostname: "127.0.0.1", port: 8000 });
 * console.log(`${server.url}/examples/mouse-movements/`);
 * await server.stop();
 */
export async function serveExamples({ hostname, port = 0, alsoServe = [], live = false, natsWebsocketUrl }) {
  const gate = servedPaths({ folders: [...exampleFolders, ...alsoServe], files: [...exampleFiles, cspProbePath] });
  const reload = live ? liveReload({ folders: ["components", "stream", "examples"], files: ["index.ts"] }) : undefined;
  const livePlugins = reload ? [reload.plugin, sourceEntriesPlugin()] : [];
  // @web/dev-server listens on every interface when asked for 127.0.0.1 or localhost, so it gets no socket of its
  // own (middleware mode) and its app is served from a server bound here.
  const devServer = await startDevServer({
    config: {
      rootDir: ".",
      port,
      middlewareMode: true,
      open: false,
      watch: false,
      nodeResolve: true,
      middleware: reload ? [reload.middleware, gate.middleware] : [gate.middleware],
      plugins: [
        gate.plugin,
        ...livePlugins,
        natsClientsPlugin(),
        cspPlugin(),
        examplesIndexPlugin(),
        typescriptPlugin(),
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const httpServer = createServer(devServer.koaApp.callback());
  try {
    await listen(httpServer, hostname, port);
  } catch (error) {
    reload?.stop();
    await devServer.stop();
    throw error;
  }
  const { address, port: boundPort } = httpServer.address();
  const natsProxy = natsWebsocketUrl === undefined ? undefined : proxyNatsWebsocket(httpServer, natsWebsocketUrl);
  const stop = async () => {
    reload?.stop();
    natsProxy?.stop();
    // The dev server watches each file it served, from an fs.stat callback after the response; chokidar's add()
    // after close() starts watching again, so a file served while stopping would leave watchers keeping the
    // process alive. From here on, served files are no longer watched.
    devServer.fileWatcher.add = () => devServer.fileWatcher;
    const closed = new Promise((resolve) => httpServer.close(resolve));
    httpServer.closeAllConnections();
    await Promise.all([closed, devServer.stop()]);
  };
  return { url: `http://${address.includes(":") ? `[${address}]` : address}:${boundPort}`, port: boundPort, stop };
}
