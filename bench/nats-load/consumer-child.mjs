// The load run's consumer, a Node process of its own: a `fromNats` source on the durable consumer that writes one
// stdout line per sample ("<page> <seq> <latency ms> <redelivered 0|1>") before the sample's message is acked.
// Started by consumer-process.mjs (through tsx) with its settings as one JSON argument; ends on SIGTERM or when
// its parent goes.
import { connect } from "@nats-io/transport-node";
import "../../stream/index.ts"; // registers the operators, `sink` among them
import { fromNats } from "../../stream/nats/index.ts";

/** Pause after a failed fetch (its node went away, no consumer leader yet) before the source fetches again. */
const retryAfterMs = 200;

const { servers, stream, consumer, maxInFlight, fetchExpiresMs } = JSON.parse(process.argv[2] ?? "{}");
const connection = await connect({ servers, maxReconnectAttempts: -1, reconnectTimeWait: 250 });

// A pipe's stdout is written synchronously on Linux (nothing stays in Node's buffer), so a line is in the
// parent's pipe before the sink returns and fromNats acks: a sample acked is a sample reported, even when this
// process is killed right after.
const write = (line) => process.stdout.write(line);

let stopping = false;
const source = fromNats({
  connection,
  stream,
  consumer,
  maxInFlight,
  fetchExpiresMs,
  // A failed fetch or ack (its node went away, no consumer leader yet) is retried once the cluster has one.
  retryAfterMs,
  start: false,
  onError: ({ error }) => write(`error ${String(error?.message ?? error).replaceAll("\n", " ")}\n`),
});
source.sink(({ value, redelivered }) => {
  write(`${value.page} ${value.seq} ${Date.now() - value.t} ${redelivered ? 1 : 0}\n`);
});

/** Stops fetching, closes the connection and exits. */
async function shutdown() {
  if (stopping) return;
  stopping = true;
  source.stop();
  await connection.close().catch(() => undefined);
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("disconnect", shutdown); // the parent went away: no orphan keeps fetching

source.start();
write("ready\n");
