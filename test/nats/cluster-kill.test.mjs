// Tests of `npm run load` (bench/nats-load/load.mjs) against real nats-servers it starts itself: a 3-node cluster
// losing its stream leader and its consumer process mid-run loses nothing acknowledged and repeats only within the
// at-least-once window; a single-server run's numbers add up, and so do the many-pages pipeline's; a bad flag is one line and exit code 2.
import { execFile } from "node:child_process";
import { expect } from "chai";
import { LoadFlagError, parseLoadFlags } from "../../bench/nats-load/load-flags.mjs";
import { deliveryWindow } from "../../bench/nats-load/load-run.mjs";

/** Hang guard for one load run on a loaded machine; the run itself ends when the consumer has everything. */
const runTimeoutMs = 150_000;

/** Runs the load script with `args` and resolves to its exit code, stdout and stderr. */
function runLoadScript(args) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "bench/nats-load/load.mjs", ...args],
      { timeout: runTimeoutMs, killSignal: "SIGKILL", maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code ?? error.signal) : 0, stdout, stderr }),
    );
  });
}

/** The one JSON report line of a --json run. */
const parsedReport = (stdout) => JSON.parse(stdout.trim().split("\n").at(-1));

describe("npm run load", function () {
  this.timeout(runTimeoutMs + 10_000); // a hang guard only

  it("loses nothing acknowledged when the stream leader's node and the consumer process are killed mid-run", async () => {
    const { code, stdout, stderr } = await runLoadScript([
      "--pages=10",
      "--rate=50",
      "--seconds=6",
      "--cluster",
      "--kill",
      "--json",
    ]);
    expect(stderr).to.equal("");
    const report = parsedReport(stdout);
    expect(report.checks.filter((check) => !check.ok)).to.deep.equal([]);
    expect(code).to.equal(0);
    expect(report).to.include({ mode: "3-node cluster, R3", sent: 3000, acknowledged: 3000, received: 3000 });
    expect(report).to.include({ dropped: 0, countedDrops: 0, missingAcknowledged: 0, consumerProcesses: 2 });
    expect(report.kill.node).to.equal(report.kill.streamLeader);
    expect(report.duplicateBound).to.equal(
      (1 + report.consumerErrors) * deliveryWindow.maxInFlight * deliveryWindow.maxBatch,
    );
    expect(report.duplicates).to.be.at.most(report.duplicateBound);
  });

  it("reports numbers that add up on a single server: sent = received + dropped, no duplicates", async () => {
    const { code, stdout, stderr } = await runLoadScript(["--pages=5", "--rate=20", "--seconds=2", "--json"]);
    expect(stderr).to.equal("");
    expect(code).to.equal(0);
    const report = parsedReport(stdout);
    expect(report).to.include({ mode: "single server, R1", pages: 5, sent: 200, duplicates: 0, consumerProcesses: 1 });
    expect(report.received + report.dropped).to.equal(report.sent);
    expect(report.acknowledged).to.equal(report.received);
    expect(report.dropped).to.equal(report.countedDrops);
    expect(report.latencyP50Ms).to.be.at.least(0).and.at.most(report.latencyP99Ms);
    expect(report.consumerEventsPerSecond).to.be.above(0);
  });

  it("runs the many-pages pipeline on the simulated pages: every acknowledged sample counted once, per page and binned", async () => {
    const args = ["--pages=5", "--rate=20", "--seconds=2", "--pipeline", "--json"];
    const { code, stdout, stderr } = await runLoadScript(args);
    expect(stderr).to.equal("");
    const report = parsedReport(stdout);
    expect(report.checks.filter((check) => !check.ok)).to.deep.equal([]);
    expect(code).to.equal(0);
    expect(report).to.include({ sent: 200, acknowledged: 200, pipelineTotal: 200, pipelinePages: 5 });
    expect(report.checks.map((check) => check.name)).to.include("the pipeline counted every acknowledged sample once");
  });

  it("stops at a bad flag with one line naming it, the value and a good one, and exit code 2", async () => {
    const { code, stdout, stderr } = await runLoadScript(["--pages=0"]);
    expect(code).to.equal(2);
    expect(stdout).to.equal("");
    expect(stderr).to.equal("nats-load: --pages=0 is not an integer from 1 to 2000; use e.g. --pages=100\n");
    expect(() => parseLoadFlags(["--seconds=121"])).to.throw(
      LoadFlagError,
      /--seconds=121 is not an integer from 1 to 120/,
    );
    expect(() => parseLoadFlags(["--rate=2.5"])).to.throw(LoadFlagError, /--rate=2\.5 is not an integer/);
    expect(() => parseLoadFlags(["--kill"])).to.throw(LoadFlagError, /--kill .* needs --cluster; use --cluster --kill/);
    expect(() => parseLoadFlags(["--pages=2000", "--rate=1000", "--seconds=10"])).to.throw(
      LoadFlagError,
      /20000000 samples, over the 2000000 a run may send; lower one, e.g\. --seconds=1/,
    );
    expect(() => parseLoadFlags(["--cluster", "--kill", "--pipeline"])).to.throw(
      LoadFlagError,
      /use --kill or --pipeline/,
    );
    expect(() => parseLoadFlags(["--frobnicate"])).to.throw(LoadFlagError, /unknown flag "--frobnicate"/);
  });
});
