// `node --import tsx examples/many-pages/run-pipeline.ts [nats://host:port]`: runs the many-pages pipeline alone
// against a running nats-server (JetStream on), until Ctrl+C. `npm run many-pages` starts it with everything else.
import { connect } from "@nats-io/transport-node";
import { ensureManyPagesStream, startPipeline } from "./pipeline.js";

const servers = process.argv[2] ?? "nats://127.0.0.1:4222";
const connection = await connect({ servers }).catch((error: unknown) => {
  console.error(
    `many-pages: cannot reach nats-server at ${servers} (${String(error)}); start one, e.g. npm run many-pages`,
  );
  process.exit(1);
});
await ensureManyPagesStream(connection);
const pipeline = startPipeline({ connection });
console.log(`many-pages pipeline: reading pointer.> from ${servers}; Ctrl+C stops it`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    pipeline.stop();
    void connection.drain().then(() => process.exit(0));
  });
}
