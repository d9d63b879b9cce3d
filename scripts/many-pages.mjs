// `npm run many-pages` (`node --import tsx`, the pipeline being TypeScript): nats-server, its stream, the pipeline and
// the examples server (HOST:PORT, default 127.0.0.1:8000) started, the pages' URLs printed, all stopped on Ctrl+C/SIGTERM.
import { pathToFileURL } from "node:url";
import { connect } from "@nats-io/transport-node";
import { ensureManyPagesStream, startPipeline } from "../examples/many-pages/pipeline.ts";
import { serveExamples } from "./dev-server.mjs";
import { startNatsServer } from "./nats-server.mjs";

/** Runs the cleanups, last started first; a failing one does not skip the rest, and the first failure is thrown. */
async function stopAll(cleanups) {
  const failures = [];
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch((error) => failures.push(error));
  if (failures.length > 0) throw failures[0];
}

/**
 * Starts the whole example: nats-server (installed from Debian's package when missing), the `MANY_PAGES` stream,
 * the pipeline and the examples server, with pages served from the TypeScript sources (`live`, as `npm start`).
 * Resolves to the URLs and `stop()`, which stops them all in reverse order.
 *
 * @example
 * const example = await startManyPages({ port: 0 });
 * console.log(example.participantUrl("tab-1"), example.watchUrl);
 * await example.stop();
 */
export async function startManyPages({ hostname = "127.0.0.1", port = 0, live = true } = {}) {
  const cleanups = [];
  try {
    const nats = await startNatsServer();
    cleanups.push(() => nats.stop());
    const connection = await connect({ servers: nats.url });
    cleanups.push(() => connection.close());
    await ensureManyPagesStream(connection);
    const pipeline = startPipeline({ connection });
    cleanups.push(() => pipeline.stop());
    const server = await serveExamples({ hostname, port, live, natsWebsocketUrl: nats.websocketUrl });
    cleanups.push(() => server.stop());
    const page = `${server.url}/examples/many-pages/`;
    return {
      nats,
      pipeline,
      url: server.url,
      /** The participant page; with `id`, under that page id instead of a random one. */
      participantUrl: (id) => (id === undefined ? page : `${page}?page=${encodeURIComponent(id)}`),
      watchUrl: `${page}watch.html`,
      stop: () => stopAll(cleanups),
    };
  } catch (error) {
    await stopAll(cleanups).catch(() => undefined);
    throw error;
  }
}

async function main() {
  const hostname = process.env.HOST || "127.0.0.1";
  const port = Number(process.env.PORT || 8000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`rivulet: PORT "${process.env.PORT}" is not a port number; use e.g. PORT=8000`);
  }
  const example = await startManyPages({ hostname, port });
  console.log(`nats-server:  ${example.nats.url} (WebSocket ${example.nats.websocketUrl}, served at /nats)`);
  console.log(`participant:  ${example.participantUrl()}   (open it in several tabs or browsers)`);
  console.log(`watch:        ${example.watchUrl}`);
  console.log("Press Ctrl+C to stop.");
  const shutdown = () => {
    process.off("SIGINT", shutdown).off("SIGTERM", shutdown);
    example.stop().then(
      () => console.log("many-pages: stopped"),
      (error) => {
        console.error(`many-pages: stopping failed: ${error.message}`);
        process.exitCode = 1;
      },
    );
  };
  process.on("SIGINT", shutdown).on("SIGTERM", shutdown);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
