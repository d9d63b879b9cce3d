// How rivulet serves its examples to a browser: TypeScript through esbuild, bare imports resolved from node_modules,
// only the paths a page needs (served-paths.mjs), on exactly the address asked for. Used by `npm start`, the soak
// and the browser benchmark; the test runner takes only `typescriptPlugin`.
import { createServer } from "node:http";
import { startDevServer } from "@web/dev-server";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { examplesIndexPlugin } from "./examples-index.mjs";
import { exampleFiles, exampleFolders, servedPaths } from "./served-paths.mjs";

/** The dev-server plugin that serves `.ts` files as JavaScript, with the project's tsconfig. */
export const typescriptPlugin = () => esbuildPlugin({ ts: true, tsconfig: "./tsconfig.json", target: "es2022" });

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
 * serves `bench`). Resolves to `{ url, port, stop }`.
 *
 * @example
 * const server = await serveExamples({ hostname: "127.0.0.1", port: 8000 });
 * console.log(`${server.url}/examples/mouse-movements/`);
 * await server.stop();
 */
export async function serveExamples({ hostname, port = 0, alsoServe = [] }) {
  const gate = servedPaths({ folders: [...exampleFolders, ...alsoServe], files: exampleFiles });
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
      middleware: [gate.middleware],
      plugins: [gate.plugin, examplesIndexPlugin(), typescriptPlugin()],
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
    await devServer.stop();
    throw error;
  }
  const { address, port: boundPort } = httpServer.address();
  const stop = async () => {
    const closed = new Promise((resolve) => httpServer.close(resolve));
    httpServer.closeAllConnections();
    await Promise.all([closed, devServer.stop()]);
  };
  return { url: `http://${address.includes(":") ? `[${address}]` : address}:${boundPort}`, port: boundPort, stop };
}
