// How rivulet serves its repository to a browser: TypeScript through esbuild and bare imports resolved from
// node_modules. Shared by `npm start`, the test runner and the browser benchmark.
import { startDevServer } from "@web/dev-server";
import { esbuildPlugin } from "@web/dev-server-esbuild";

/** The dev-server plugin that serves `.ts` files as JavaScript, with the project's tsconfig. */
export const typescriptPlugin = () => esbuildPlugin({ ts: true, tsconfig: "./tsconfig.json", target: "es2022" });

/**
 * Serves the repository root on `hostname`:`port` (a free port when `port` is omitted), never opening a browser.
 * Resolves to the running server; `server.config.port` is the port it listens on.
 */
export function serveRepository({ hostname, port, plugins = [] }) {
  return startDevServer({
    config: {
      rootDir: ".",
      hostname,
      ...(port === undefined ? {} : { port }),
      open: false,
      watch: false,
      nodeResolve: true,
      plugins: [...plugins, typescriptPlugin()],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
}
