// Shared by the rivulet/nats tests: a real nats-server per suite, a connection, a fresh stream per test, and a
// wait on a condition the broker reports (polled, with a hang guard, never a fixed sleep).
import { readdirSync, readFileSync } from "node:fs";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { startNatsServer } from "../../scripts/nats-server.mjs";
import { ensureNatsStream } from "../../stream/nats/index.ts";

/** Starts a server before the suite and connects to it; stops both after. Returns a handle filled in `before`. */
export function natsSuite() {
  const suite = { server: undefined, connection: undefined, streams: 0 };
  before(async () => {
    suite.server = await startNatsServer({ websocket: false });
    suite.connection = await connect({ servers: suite.server.url });
  });
  after(async () => {
    await suite.connection?.close();
    await suite.server?.stop();
  });
  return suite;
}

/** A new stream `T<n>` on subjects `t<n>.>`, for one test; resolves to its name and a subject in it. */
export async function freshStream(suite, options = {}) {
  suite.streams += 1;
  const name = `T${suite.streams}`;
  await ensureNatsStream(suite.connection, { name, subjects: [`t${suite.streams}.>`], ...options });
  return { name, subject: `t${suite.streams}.data` };
}

/** The stored messages of `stream`, oldest first, as `{ seq, subject, headers, items }`. */
export async function storedMessages(connection, stream) {
  const manager = await jetstreamManager(connection);
  const { state } = await manager.streams.info(stream);
  const messages = [];
  for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq += 1) {
    const message = await manager.streams.getMessage(stream, { seq });
    messages.push({
      seq,
      subject: message.subject,
      id: message.header.get("Nats-Msg-Id"),
      sentAt: Number(message.header.get("Rivulet-Sent-At")),
      items: message.json(),
    });
  }
  return messages;
}

/** The durable consumer's info (num_ack_pending, num_pending, delivered, ack_floor). */
export async function consumerInfo(connection, stream, consumer) {
  return (await jetstreamManager(connection)).consumers.info(stream, consumer);
}

/** Resolves once `condition()` (sync or async) is true, polling every 10 ms; rejects after `ms` naming it. */
export async function waitFor(condition, what, ms = 20_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`still not true after ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A promise with its resolve function outside, for a sink the test lets finish. */
export function gate() {
  let open;
  const opened = new Promise((resolve) => (open = resolve));
  return { opened, open };
}

/** Whether every thread of process `pid` is stopped (state T in /proc; Linux). */
function allThreadsStopped(pid) {
  return readdirSync(`/proc/${pid}/task`).every((task) => {
    const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("T");
  });
}

/**
 * Freezes the server (SIGSTOP) and resolves once every one of its threads is stopped, so that it answers nothing
 * more; `resume()` lets it go on. The broker is slow, not gone: connections stay open.
 */
export async function pauseServer(server) {
  process.kill(server.pid, "SIGSTOP");
  await waitFor(() => allThreadsStopped(server.pid), `nats-server ${server.pid} stopped`);
  return { resume: () => process.kill(server.pid, "SIGCONT") };
}
