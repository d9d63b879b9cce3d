// One load run: starts nats-server (or a 3-node cluster with an R3 stream), the consumer process, with --pipeline
// the many-pages example's pipeline, and the simulated pages; optionally kills the stream leader's node and the
// consumer mid-run, waits until the consumer has everything, and returns the counts; it stops all it started.
import { AckPolicy, jetstreamManager } from "@nats-io/jetstream";
import { nanos } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { startNatsCluster, startNatsServer } from "../../scripts/nats-server.mjs";
import { ensureNatsStream } from "../../stream/nats/index.ts";
import { ConsumerProcess } from "./consumer-process.mjs";
import { DeliveryTally } from "./delivery-tally.mjs";
import { LoadPipeline } from "./load-pipeline.mjs";
import { SimulatedPages } from "./simulated-pages.mjs";
import { waitUntil } from "./wait-until.mjs";

const stream = "LOAD";
const consumer = "load";
/** The consumer's in-flight window (messages fetched, not yet acked) and the pages' largest batch (items). */
export const deliveryWindow = { maxInFlight: 16, maxBatch: 256 };
/** How long JetStream waits for the consumer's ack before it redelivers: the at-least-once window after a kill. */
const ackWaitMs = 4000;
/**
 * How often a page's failed publish is tried again (same message id), pausing 0.2 s doubling to 5 s: about 41 s
 * of failover.
 */
const publishRetries = 12;
/** Hang guard for the consumer to receive and ack everything once the pages stopped. */
const catchUpTimeoutMs = 120_000;

/**
 * Runs the load `settings` (from parseLoadFlags) and resolves to what happened: the pages' counts, the tally of
 * the consumer's reports, the consumer process's restarts and, with `kill`, which node was stopped. Everything it
 * started is stopped before it settles, also when `signal` aborts it (then it rejects at once).
 *
 * @example
 * const outcome = await runLoad({ pages: 10, rate: 20, seconds: 5, queue: 10_000, cluster: false, kill: false });
 * console.log(outcome.counts.acknowledged, outcome.tally.unique);
 */
export async function runLoad(settings, { log = () => undefined, signal } = {}) {
  const owned = [];
  const interrupted = new Promise((_, reject) => {
    const interrupt = () => reject(new Error("nats-load: interrupted; the servers and the consumer were stopped"));
    signal?.addEventListener("abort", interrupt, { once: true });
  });
  interrupted.catch(() => undefined);
  try {
    return await Promise.race([loadRun(settings, owned, log), interrupted]);
  } finally {
    for (const release of owned.splice(0).reverse()) await release().catch(() => undefined);
  }
}

/** The run itself; whatever it starts goes into `owned`, newest last, for runLoad to stop. */
async function loadRun(settings, owned, log) {
  const { broker, servers, admin } = await startBroker(settings.cluster, owned);
  const tally = new DeliveryTally(settings.pages, Math.ceil(settings.rate * settings.seconds));
  const { maxInFlight, maxBatch } = deliveryWindow;
  const consumerProcess = new ConsumerProcess({ servers, stream, consumer, maxInFlight, fetchExpiresMs: 2000 }, tally);
  owned.push(() => consumerProcess.stop());
  await consumerProcess.start();
  const pipeline = settings.pipeline ? await LoadPipeline.start({ servers, stream, subjects: "load.>" }) : undefined;
  if (pipeline) owned.push(() => pipeline.stop());

  const pageSettings = { servers, capacity: settings.queue, subjectPrefix: "load", retries: publishRetries, maxBatch };
  const pages = await SimulatedPages.connect({ ...settings, ...pageSettings });
  owned.push(() => pages.close());
  log(`nats-load: ${settings.pages} pages × ${settings.rate}/s for ${settings.seconds} s …`);
  const startedAt = Date.now();
  const [, kill] = await Promise.all([
    pages.run(),
    settings.kill ? killMidRun(broker, admin, consumerProcess, startedAt, settings.seconds * 1000, log) : undefined,
  ]);
  await waitUntil(() => caughtUp(admin), "the consumer received and acked every stored message", catchUpTimeoutMs);
  await consumerProcess.stop();
  const counts = pages.counts();
  if (pipeline) {
    const counted = () => (pipeline.latest?.total ?? 0) >= counts.acknowledged;
    await waitUntil(counted, "the pipeline's summary counted every acknowledged sample", catchUpTimeoutMs);
  }
  return { settings, counts, pages, tally, consumer: consumerProcess, kill, summary: pipeline?.latest };
}

/** Starts the server (or the cluster), connects the run's admin connection and creates the stream and consumer. */
async function startBroker(cluster, owned) {
  const broker = cluster ? await startNatsCluster({ websocket: false }) : await startNatsServer({ websocket: false });
  owned.push(() => broker.stop());
  const servers = cluster ? broker.urls : [broker.url];
  const admin = await connect({ servers, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
  owned.push(() => admin.close());
  await createStreamAndConsumer(admin, cluster ? 3 : 1);
  return { broker, servers, admin };
}

/** The R`replicas` stream on `load.>`, large enough for the biggest run, and its durable pull consumer. */
async function createStreamAndConsumer(connection, replicas) {
  const limits = { maxMessages: 4_000_000, maxBytes: 2 * 1024 ** 3, duplicateWindowMs: 120_000 };
  await ensureNatsStream(connection, { name: stream, subjects: ["load.>"], replicas, ...limits });
  const manager = await jetstreamManager(connection);
  await manager.consumers.add(stream, {
    durable_name: consumer,
    ack_policy: AckPolicy.Explicit,
    max_ack_pending: deliveryWindow.maxInFlight,
    ack_wait: nanos(ackWaitMs),
  });
}

/** Whether the durable consumer has nothing left to deliver and nothing delivered unacked. */
async function caughtUp(connection) {
  try {
    const info = await (await jetstreamManager(connection)).consumers.info(stream, consumer);
    return info.num_pending === 0 && info.num_ack_pending === 0;
  } catch {
    return false; // no consumer leader right now (a node just went): ask again
  }
}

/**
 * At a third of the run stops (SIGKILL) the node that leads the stream, at half of it kills the consumer process
 * and starts a new one; the node stays down, so the rest of the run is on two of three nodes.
 */
async function killMidRun(cluster, admin, consumerProcess, startedAt, runMs, log) {
  const at = (fraction) => new Promise((resolve) => setTimeout(resolve, startedAt + runMs * fraction - Date.now()));
  const secondsIn = () => (Date.now() - startedAt) / 1000;
  await at(1 / 3);
  const manager = await jetstreamManager(admin);
  const streamLeader = (await manager.streams.info(stream)).cluster?.leader;
  const consumerLeader = (await manager.consumers.info(stream, consumer)).cluster?.leader;
  const node = cluster.nodes.find((candidate) => candidate.name === streamLeader);
  if (!node) throw new Error(`nats-load: the stream's leader ${streamLeader} is none of the cluster's nodes`);
  await node.stop("SIGKILL");
  const nodeKilledAt = secondsIn();
  log(
    `nats-load: killed ${node.name} (stream leader; consumer leader ${consumerLeader}) at ${nodeKilledAt.toFixed(1)} s`,
  );
  const failedOver = newStreamLeader(manager, node.name).then((leader) => ({ leader, at: secondsIn() }));
  await at(1 / 2);
  await consumerProcess.kill();
  const consumerKilledAt = secondsIn();
  await consumerProcess.start();
  log(`nats-load: killed the consumer process at ${consumerKilledAt.toFixed(1)} s and started a new one`);
  const { leader, at: newLeaderAt } = await failedOver;
  log(`nats-load: ${leader} leads the stream since ${newLeaderAt.toFixed(1)} s`);
  return {
    node: node.name,
    streamLeader,
    consumerLeader,
    nodeKilledAt,
    consumerKilledAt,
    newLeader: leader,
    newLeaderAt,
  };
}

/** Resolves to the stream's next leader once the cluster elected one other than `killed`. */
async function newStreamLeader(manager, killed) {
  let leader;
  const elected = async () => {
    leader = await manager.streams.info(stream).then(
      (info) => info.cluster?.leader,
      () => undefined,
    );
    return leader !== undefined && leader !== "" && leader !== killed;
  };
  await waitUntil(elected, `a node other than ${killed} leads the stream ${stream}`, catchUpTimeoutMs);
  return leader;
}
