// The parent's side of the load run's consumer: starts consumer-child.mjs as a Node process of its own, counts
// each sample line it writes into a DeliveryTally, and can kill it mid-run and start a new one on the same durable.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const childPath = fileURLToPath(new URL("./consumer-child.mjs", import.meta.url));
const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));
/** How long a consumer may take to load (tsx compiles the connector) and say "ready" on a loaded machine. */
const readyTimeoutMs = 60_000;
/** Consumer errors kept word for word in the report. */
const keptErrors = 5;

/**
 * A consumer process owned by the load run: `start()` spawns one, `kill()` ends it abruptly (SIGKILL: whatever it
 * fetched and did not ack is redelivered), `stop()` ends it cleanly. `errors` counts the fetch/ack failures it
 * reported, each of which restarted its source.
 *
 * @example
 * const consumer = new ConsumerProcess({ servers, stream: "LOAD", consumer: "load", maxInFlight: 16 }, tally);
 * await consumer.start();
 * await consumer.kill();
 * await consumer.start(); // goes on where the durable consumer stopped
 * await consumer.stop();
 */
export class ConsumerProcess {
  /** Processes started so far. */
  started = 0;
  /** Processes killed (SIGKILL) mid-run. */
  killed = 0;
  /** Errors the consumers reported (each one a restart of the `fromNats` source). */
  errors = 0;
  /** The first few of those errors' messages. */
  errorMessages = [];
  #child;
  #exited;

  constructor(settings, tally) {
    this.settings = settings;
    this.tally = tally;
  }

  /** Spawns a consumer and resolves once it started fetching. */
  async start() {
    if (this.#child) throw new Error("nats-load: a consumer process is already running; kill() or stop() it first");
    const child = spawn(process.execPath, ["--import", "tsx", childPath, JSON.stringify(this.settings)], {
      cwd: repositoryRoot,
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    this.#child = child;
    this.started += 1;
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    this.#exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
    const ready = new Promise((resolve) => {
      createInterface({ input: child.stdout }).on("line", (line) => this.#read(line, resolve));
    });
    let timer;
    const failed = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no "ready" after ${readyTimeoutMs} ms`)), readyTimeoutMs);
      void this.#exited.then((code) => reject(new Error(`exited (${code}) before it was ready: ${stderr.trim()}`)));
    });
    try {
      await Promise.race([ready, failed]);
    } catch (error) {
      await this.#end("SIGKILL");
      throw new Error(`nats-load: the consumer process ${childPath}: ${error.message}`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** One line of the child: a sample, an error or "ready". */
  #read(line, ready) {
    const space = line.indexOf(" ");
    const first = space < 0 ? line : line.slice(0, space);
    if (first === "ready") return ready();
    if (first === "error") {
      this.errors += 1;
      if (this.errorMessages.length < keptErrors) this.errorMessages.push(line.slice(space + 1));
      return;
    }
    const [page, seq, latency, redelivered] = line.split(" ");
    this.tally.record(Number(page), Number(seq), Number(latency), redelivered === "1");
  }

  /** Kills the running consumer at once (SIGKILL) and resolves once it exited and its last lines were read. */
  async kill() {
    await this.#end("SIGKILL");
    this.killed += 1;
  }

  /** Ends the running consumer cleanly (SIGTERM: it stops fetching and closes its connection). */
  async stop() {
    await this.#end("SIGTERM");
  }

  async #end(signal) {
    const child = this.#child;
    if (!child) return;
    this.#child = undefined;
    const closed = child.stdout.closed ? undefined : new Promise((resolve) => child.stdout.once("close", resolve));
    child.kill(signal);
    await this.#exited;
    await closed;
  }
}
