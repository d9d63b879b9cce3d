// The dev loop's reload channel: watches the library and example sources and tells every open page, over one
// Server-Sent Events stream, to reload; the page's listener is an external module, so strict CSP pages keep working.
import { watch } from "node:fs";

/** The two paths the reload channel answers; the served-paths gate answers everything else. */
export const reloadPaths = { events: "/__rivulet/reload", script: "/__rivulet/reload.js" };

const reloadScript = `// rivulet dev server: reloads this page when a watched source file changes.
new EventSource(${JSON.stringify(reloadPaths.events)}).addEventListener("change", () => location.reload());
`;

/**
 * A live-reload channel for `folders` (watched recursively) and `files`: a koa `middleware` serving the reload
 * script and the event stream, a dev-server `plugin` adding that script to every HTML page, and `stop()`, which
 * closes the watchers and every open stream.
 *
 * @example
 * const reload = liveReload({ folders: ["components", "stream", "examples"], files: ["index.ts"] });
 * startDevServer({ config: { middleware: [reload.middleware], plugins: [reload.plugin] } });
 * // ... later
 * reload.stop();
 */
export function liveReload({ folders, files }) {
  const clients = new Set();
  const notify = () => {
    for (const response of clients) response.write("event: change\ndata: \n\n");
  };
  const watchers = [
    ...folders.map((folder) => watch(folder, { recursive: true }, notify)),
    ...files.map((file) => watch(file, notify)),
  ];

  const middleware = async (context, next) => {
    if (context.path === reloadPaths.script) {
      context.type = "text/javascript";
      context.body = reloadScript;
      return;
    }
    if (context.path !== reloadPaths.events) return next();
    context.respond = false;
    const response = context.res;
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
    response.write(": rivulet reload channel\n\n");
    clients.add(response);
    context.req.once("close", () => clients.delete(response));
  };

  const plugin = {
    name: "rivulet-live-reload",
    transform(context) {
      if (!context.response.is("html") || typeof context.body !== "string") return undefined;
      const tag = `<script type="module" src="${reloadPaths.script}"></script>`;
      return { body: context.body.replace(/<\/head>/i, `${tag}</head>`) };
    },
  };

  const stop = () => {
    for (const watcher of watchers) watcher.close();
    for (const response of clients) response.end();
    clients.clear();
  };
  return { middleware, plugin, stop };
}
