// Checks `npm run many-pages` as a person runs it: it prints the participant and watching URLs, serves both pages,
// passes NATS through at /nats, and on SIGTERM stops with nothing left running, its nats-server child included.
import { expect } from "chai";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** The command `npm run many-pages` runs, from package.json, with this Node. */
function manyPagesCommand() {
  const script = JSON.parse(readFileSync("package.json", "utf8")).scripts["many-pages"];
  const [node, ...args] = script.split(" ");
  expect(node, "package.json's many-pages script").to.equal("node");
  return args;
}

/** The pids of the running children of `pid` (Linux /proc). */
function childrenOf(pid) {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false; // it ended while we looked
      }
    })
    .map(Number);
}

const commandOf = (pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0];

/** Resolves once `output()` matches every pattern; rejects when the process exits first or after the hang guard. */
function waitForOutput(child, output, patterns) {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (patterns.every((pattern) => pattern.test(output()))) {
        child.stdout.off("data", check);
        child.off("exit", exited);
        resolve();
      }
    };
    const exited = (code) => reject(new Error(`many-pages exited (${code}) before printing its URLs:\n${output()}`));
    child.stdout.on("data", check);
    child.once("exit", exited);
  });
}

describe("npm run many-pages", function () {
  // A hang guard only: nats-server, the pipeline and the examples server start on a loaded machine.
  this.timeout(90_000);

  it("prints its URLs, serves both pages and on SIGTERM leaves no nats-server running", async () => {
    const env = { ...process.env, PORT: "0" };
    const child = spawn(process.execPath, manyPagesCommand(), { env, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (output += chunk));
    const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
    try {
      await waitForOutput(child, () => output, [/^participant: +http:\S+/m, /^watch: +http:\S+/m]);
      const participant = /^participant: +(\S+)/m.exec(output)[1];
      const watch = /^watch: +(\S+)/m.exec(output)[1];
      expect(watch).to.equal(`${participant}watch.html`);
      for (const [url, heading] of [
        [participant, "<h1>Many pages</h1>"],
        [watch, "<h1>Many pages, one pipeline</h1>"],
      ]) {
        const response = await fetch(url);
        expect(response.status, url).to.equal(200);
        expect(await response.text(), url).to.include(heading);
      }
      const nats = childrenOf(child.pid).filter((pid) => commandOf(pid).endsWith("nats-server"));
      expect(nats, "nats-server children").to.have.length(1);

      child.kill("SIGTERM");
      expect(await exited, "exit code").to.equal(0);
      expect(output).to.include("many-pages: stopped");
      expect(existsSync(`/proc/${nats[0]}`), `nats-server ${nats[0]} still running`).to.equal(false);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  });
});
