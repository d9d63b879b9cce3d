// `npm run load`: K simulated pages publish R samples/s each for T seconds through NATS JetStream to a consumer
// process (a single server, or a 3-node cluster with --cluster; --kill stops a node and the consumer mid-run;
// --pipeline runs the many-pages example's pipeline on the same samples),
// then prints the load table and the checks; exits 1 when a check failed, 2 on a bad flag.
import { loadReport, loadTable } from "./load-report.mjs";
import { LoadFlagError, parseLoadFlags } from "./load-flags.mjs";
import { deliveryWindow, runLoad } from "./load-run.mjs";

/** Runs the load the flags describe and prints its report (as one JSON line with --json). */
async function main(args) {
  const settings = parseLoadFlags(args);
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once("SIGINT", interrupt).once("SIGTERM", interrupt); // stop the servers and the consumer, then exit
  const log = settings.json ? undefined : console.log;
  let outcome;
  try {
    outcome = await runLoad(settings, { log, signal: controller.signal });
  } finally {
    process.off("SIGINT", interrupt).off("SIGTERM", interrupt);
  }
  const report = loadReport(outcome, deliveryWindow);
  if (settings.json) console.log(JSON.stringify(report));
  else printReport(report);
  process.exitCode = report.checks.every((check) => check.ok) ? 0 : 1;
}

function printReport(report) {
  console.log(`\n${loadTable([report])}\n`);
  console.log(
    `${report.rate} samples/s a page for ${report.seconds} s; ${report.retried} publishes retried; ` +
      `${report.consumerProcesses} consumer process(es), ${report.consumerErrors} source restart(s)`,
  );
  if (report.pipelineTotal !== undefined) {
    console.log(`the many-pages pipeline counted ${report.pipelineTotal} samples of ${report.pipelinePages} pages`);
  }
  if (report.kill) {
    const { node, consumerLeader, nodeKilledAt, consumerKilledAt, newLeader, newLeaderAt } = report.kill;
    console.log(
      `killed ${node} (the stream leader; the consumer leader was ${consumerLeader}) at ${nodeKilledAt.toFixed(1)} s, ` +
        `the consumer process at ${consumerKilledAt.toFixed(1)} s; ${newLeader} led the stream by ${newLeaderAt.toFixed(1)} s`,
    );
  }
  for (const message of report.consumerErrorMessages) console.log(`consumer error: ${message}`);
  for (const { name, ok, detail } of report.checks) console.log(`${ok ? "ok  " : "FAIL"} ${name}: ${detail}`);
}

main(process.argv.slice(2)).catch((error) => {
  // The run's own errors (a bad flag, a hang guard, an interruption) are one line; anything else keeps its stack.
  const ours = String(error?.message).startsWith("nats-load:");
  console.error(ours ? error.message : `nats-load: ${error?.stack ?? error}`);
  // An interrupted run's waits may still be polling; everything it started is stopped, so end here.
  process.exit(error instanceof LoadFlagError ? 2 : 1);
});
