// Starts Debian's nats-server for tests, examples and load runs: one JetStream server or a 3-node JetStream cluster,
// on free loopback ports with temporary store dirs, ready when its monitoring port says so. Node only, not shipped.
// CLI: `node scripts/nats-server.mjs [--cluster]` prints the URLs and stops the server(s) on SIGINT/SIGTERM;
// `--ensure` only installs nats-server when missing (the `npm test` preparation step).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { freePort } from "./free-port.mjs";

/** Path of the nats-server binary: `NATS_SERVER` when set, otherwise Debian's `/usr/sbin/nats-server`. */
export const natsServerPath = process.env.NATS_SERVER || "/usr/sbin/nats-server";

/** Hang guard for a server to become ready on a loaded machine; readiness itself is polled, never waited out. */
const readyTimeoutMs = 60_000;
/** Pause between two readiness polls of the monitoring port. */
const pollIntervalMs = 25;
/** How long a stopping server may take before it is killed. */
const stopTimeoutMs = 10_000;
/** Lines of a server's log kept for error messages. */
const logTailLines = 40;

/**
 * Makes sure nats-server is installed: installs Debian's package with apt when missing and we are root, otherwise
 * throws one line saying what to install.
 *
 * @example
 * ensureNatsServer(); // before starting any server
 */
export function ensureNatsServer() {
  if (existsSync(natsServerPath)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || process.env.NATS_SERVER) {
    throw new Error(
      `rivulet: no nats-server at ${natsServerPath}; install Debian's package (sudo apt-get install nats-server) or set NATS_SERVER`,
    );
  }
  console.log("rivulet: installing Debian's nats-server package…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const run = (args) => spawnSync("apt-get", args, { stdio: "inherit", env }).status === 0;
  if (!(run(["update", "-qq"]) && run(["install", "-y", "-qq", "nats-server"])) || !existsSync(natsServerPath)) {
    throw new Error("rivulet: apt-get could not install nats-server; install it by hand (apt-get install nats-server)");
  }
}

/** The nats-server configuration text for one node. */
function configText({ name, ports, storeDir, cluster }) {
  const lines = [
    `server_name: ${JSON.stringify(name)}`,
    `listen: "127.0.0.1:${ports.client}"`,
    `http: "127.0.0.1:${ports.http}"`,
    `jetstream { store_dir: ${JSON.stringify(storeDir)} }`,
  ];
  if (ports.websocket) lines.push(`websocket { listen: "127.0.0.1:${ports.websocket}", no_tls: true }`);
  if (cluster) {
    const routes = cluster.routePorts.map((port) => `"nats-route://127.0.0.1:${port}"`).join(", ");
    lines.push(
      `cluster { name: ${JSON.stringify(cluster.name)}, listen: "127.0.0.1:${ports.route}", routes: [${routes}] }`,
    );
  }
  return lines.join("\n") + "\n";
}

/** Free loopback ports for one node. */
async function nodePorts({ websocket, cluster }) {
  return {
    client: await freePort(),
    http: await freePort(),
    websocket: websocket ? await freePort() : undefined,
    route: cluster ? await freePort() : undefined,
  };
}

/** Resolves once `condition()` (polled on the monitoring port) is true; rejects when `failed()` names a failure. */
async function pollUntil(what, condition, failed) {
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    const failure = failed();
    if (failure) throw new Error(`rivulet: ${what}: ${failure}`);
    if (await condition().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`rivulet: ${what}: not ready after ${readyTimeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
  }
}

/** The monitoring endpoint's JSON, or undefined when it does not answer 200. */
async function monitor(httpPort, path) {
  const response = await fetch(`http://127.0.0.1:${httpPort}${path}`);
  return response.ok ? response.json() : undefined;
}

/**
 * One nats-server process on fixed ports and store, startable again after a stop (a cluster node's restart keeps
 * its name, ports and data).
 */
function natsNode({ name, ports, storeDir, configPath }) {
  let child;
  let exited;
  let log = [];
  const node = {
    name,
    ports,
    url: `nats://127.0.0.1:${ports.client}`,
    monitorUrl: `http://127.0.0.1:${ports.http}`,
    websocketUrl: ports.websocket ? `ws://127.0.0.1:${ports.websocket}` : undefined,
    get pid() {
      return child?.pid;
    },
    get running() {
      return child !== undefined;
    },
    /** Spawns the server and resolves once its monitoring port answers `/healthz` (JetStream current). */
    async start() {
      if (child) return;
      log = [];
      const spawned = spawn(natsServerPath, ["-c", configPath], { stdio: ["ignore", "pipe", "pipe"] });
      child = spawned;
      let exitCode;
      exited = new Promise((resolve) => {
        spawned.once("exit", (code, signal) => {
          exitCode = code ?? signal;
          if (child === spawned) child = undefined;
          resolve();
        });
      });
      const keep = (chunk) => {
        log.push(...String(chunk).split("\n").filter(Boolean));
        if (log.length > logTailLines) log.splice(0, log.length - logTailLines);
      };
      spawned.stdout.on("data", keep);
      spawned.stderr.on("data", keep);
      await pollUntil(
        `nats-server ${name} (${node.url})`,
        async () => (await monitor(ports.http, "/healthz")) !== undefined,
        () => (exitCode !== undefined ? `exited (${exitCode}) before it was ready:\n${log.join("\n")}` : undefined),
      ).catch(async (error) => {
        await node.stop();
        throw error;
      });
    },
    /** Stops the server (SIGTERM, or `signal`) and resolves once it exited; its store dir stays for a restart. */
    async stop(signal = "SIGTERM") {
      const running = child;
      if (!running) return;
      running.kill(signal);
      const timer = setTimeout(() => running.kill("SIGKILL"), stopTimeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
  return node;
}

/** Creates the config and store dir of one node under `dir` and returns the (not yet started) node. */
async function createNode(dir, { name, ports, cluster }) {
  const storeDir = join(dir, name);
  await mkdir(storeDir, { recursive: true });
  const configPath = join(dir, `${name}.conf`);
  await writeFile(configPath, configText({ name, ports, storeDir, cluster }));
  return natsNode({ name, ports, storeDir, configPath });
}

/**
 * Starts one nats-server with JetStream (and its WebSocket listener unless `websocket: false`) on free loopback
 * ports with a temporary store dir; resolves once it accepts connections. `stop()` ends it and removes the store.
 *
 * @example
 * const server = await startNatsServer();
 * const connection = await connect({ servers: server.url }); // @nats-io/transport-node
 * await server.stop();
 */
export async function startNatsServer({ websocket = true, storeDir } = {}) {
  ensureNatsServer();
  const dir = storeDir ?? (await mkdtemp(join(tmpdir(), "rivulet-nats-")));
  const node = await createNode(dir, { name: "rivulet", ports: await nodePorts({ websocket }) });
  try {
    await node.start();
  } catch (error) {
    if (!storeDir) await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: node.url,
    websocketUrl: node.websocketUrl,
    /** The monitoring port's base URL (`/varz`, `/jsz`, `/healthz`). */
    monitorUrl: node.monitorUrl,
    pid: node.pid,
    /** Stops the server and removes the temporary store dir (a given `storeDir` is kept). */
    async stop() {
      await node.stop();
      if (!storeDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Whether every running node reports the same JetStream meta leader with all `size` peers in the cluster. */
async function hasMetaLeader(nodes, size) {
  const reports = await Promise.all(nodes.filter((n) => n.running).map((n) => monitor(n.ports.http, "/jsz")));
  const leaders = new Set(reports.map((report) => report?.meta_cluster?.leader));
  const sizes = reports.map((report) => report?.meta_cluster?.cluster_size);
  return leaders.size === 1 && !leaders.has(undefined) && !leaders.has("") && sizes.every((s) => s === size);
}

/**
 * Starts `nodes` nats-servers (3 by default) on loopback as one JetStream cluster, able to hold replicated (R3)
 * streams; resolves once JetStream has a meta leader. Each node can be stopped and started again with the same
 * name, ports and store, for kill tests; `stop()` ends them all and removes their stores.
 *
 * @example
 * const cluster = await startNatsCluster();
 * const connection = await connect({ servers: cluster.urls });
 * await cluster.nodes[1].stop(); // a node dies…
 * await cluster.nodes[1].start(); // …and comes back
 * await cluster.stop();
 */
export async function startNatsCluster({ nodes: count = 3, websocket = true } = {}) {
  ensureNatsServer();
  const dir = await mkdtemp(join(tmpdir(), "rivulet-nats-cluster-"));
  const allPorts = [];
  for (let i = 0; i < count; i++) allPorts.push(await nodePorts({ websocket, cluster: true }));
  const nodes = [];
  for (let i = 0; i < count; i++) {
    const routePorts = allPorts.filter((_, j) => j !== i).map((ports) => ports.route);
    const cluster = { name: "rivulet", routePorts };
    nodes.push(await createNode(dir, { name: `rivulet-${i + 1}`, ports: allPorts[i], cluster }));
  }
  const stop = async () => {
    await Promise.all(nodes.map((node) => node.stop()));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all(nodes.map((node) => node.start()));
    await pollUntil(
      `nats cluster (${nodes.map((n) => n.url).join(", ")})`,
      () => hasMetaLeader(nodes, count),
      () => undefined,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    urls: nodes.map((node) => node.url),
    websocketUrls: nodes.map((node) => node.websocketUrl),
    nodes: nodes.map((node) => ({
      name: node.name,
      url: node.url,
      websocketUrl: node.websocketUrl,
      monitorUrl: node.monitorUrl,
      stop: (signal) => node.stop(signal),
      start: () => node.start(),
    })),
    stop,
  };
}

/** The CLI: starts a server (or a cluster with `--cluster`), prints its URLs and stops it on SIGINT/SIGTERM. */
async function main(args) {
  if (args.includes("--ensure")) return ensureNatsServer();
  const cluster = args.includes("--cluster");
  const running = cluster ? await startNatsCluster() : await startNatsServer();
  if (cluster) {
    for (const [i, node] of running.nodes.entries())
      console.log(`nats ${node.name}: ${running.urls[i]} ${running.websocketUrls[i]}`);
  } else {
    console.log(`nats: ${running.url} ${running.websocketUrl}`);
  }
  const shutdown = () => {
    process.off("SIGINT", shutdown);
    process.off("SIGTERM", shutdown);
    running.stop().then(
      () => console.log("nats: stopped"),
      (error) => {
        console.error(error.message);
        process.exitCode = 1;
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
