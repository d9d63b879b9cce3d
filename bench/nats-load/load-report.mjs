// What a load run shows: its numbers (sent, received, acknowledged, duplicates, dropped, latency, the consumer's
// rate), the checks that nothing acknowledged was lost and nothing repeated beyond the at-least-once window, and
// the table `npm run load` prints.

/**
 * The report of a run's `outcome` (from runLoad): numbers, kill details and checks, each `{ name, ok, detail }`.
 *
 * @example
 * const report = loadReport(await runLoad(settings), deliveryWindow);
 * if (report.checks.some((check) => !check.ok)) process.exitCode = 1;
 */
export function loadReport(outcome, window) {
  const { settings, counts, pages, tally, consumer, kill } = outcome;
  const missing = missingAcknowledged(pages, tally);
  const disruptions = consumer.killed + consumer.errors;
  const duplicateBound = disruptions * window.maxInFlight * window.maxBatch;
  const checks = loadChecks(outcome, { missing, disruptions, duplicateBound, window });
  if (outcome.summary) checks.push(...pipelineChecks(outcome));
  return {
    mode: settings.cluster ? "3-node cluster, R3" : "single server, R1",
    pages: settings.pages,
    rate: settings.rate,
    seconds: settings.seconds,
    sent: counts.sent,
    received: tally.unique,
    acknowledged: counts.acknowledged,
    messages: counts.published,
    duplicates: tally.duplicates,
    dropped: counts.sent - counts.acknowledged,
    countedDrops: counts.dropped,
    retried: counts.retried,
    latencyP50Ms: tally.latencyPercentile(0.5),
    latencyP99Ms: tally.latencyPercentile(0.99),
    consumerEventsPerSecond: Math.round(tally.eventsPerSecond()),
    consumerProcesses: consumer.started,
    consumerErrors: consumer.errors,
    consumerErrorMessages: consumer.errorMessages,
    duplicateBound,
    missingAcknowledged: missing,
    kill,
    pipelineTotal: outcome.summary?.total,
    pipelinePages: outcome.summary?.pages.length,
    checks,
  };
}

/** With --pipeline: the example pipeline's newest summary counted each acknowledged sample once, per page too. */
function pipelineChecks({ settings, counts, summary }) {
  const perPage = summary.pages.reduce((sum, line) => sum + line.total, 0);
  const binned = summary.heatmap.counts.reduce((sum, count) => sum + count, 0);
  return [
    check(
      "the pipeline counted every acknowledged sample once",
      summary.total === counts.acknowledged && perPage === summary.total,
      `${summary.total} counted in all, ${perPage} over its pages, ${counts.acknowledged} acknowledged`,
    ),
    check(
      "the pipeline has a line for every page",
      summary.pages.length === settings.pages,
      `${summary.pages.length} lines for ${settings.pages} pages`,
    ),
    check("the pipeline's heat map holds every sample", binned === summary.total, `${binned} binned`),
  ];
}

/** The run's checks, each `{ name, ok, detail }`. */
function loadChecks({ counts, tally, kill }, { missing, disruptions, duplicateBound, window }) {
  const givenUp = counts.dropped - counts.droppedByQueues;
  return [
    check(
      "every sample sent was acknowledged or counted dropped",
      counts.sent === counts.acknowledged + counts.dropped,
      `${counts.sent} sent, ${counts.acknowledged} acknowledged, ${counts.dropped} counted drops`,
    ),
    check(
      "nothing acknowledged was lost",
      givenUp === 0 ? missing === 0 : missing <= givenUp,
      givenUp === 0
        ? `${missing} samples kept by their queues were never received`
        : `${missing} samples kept by their queues were never received, at most the ${givenUp} given up after every retry`,
    ),
    check(
      "the consumer received exactly what was acknowledged",
      givenUp === 0
        ? tally.unique === counts.acknowledged
        : tally.unique >= counts.acknowledged && tally.unique <= counts.taken,
      `${tally.unique} received, ${counts.acknowledged} acknowledged, ${counts.taken} taken; ${tally.unknown} reports of samples never sent`,
    ),
    check("no report of a sample never sent", tally.unknown === 0, `${tally.unknown} such reports`),
    // A consumer's leader records what it delivered through the cluster's log: killed before that record reached
    // the others, its successor delivers those messages again as first deliveries, not marked redelivered.
    check(
      kill === undefined
        ? "every duplicate was a JetStream redelivery"
        : "every duplicate was a JetStream redelivery, or a delivery again after a node was killed",
      kill !== undefined || tally.unexplainedDuplicates === 0,
      `${tally.unexplainedDuplicates} of ${tally.duplicates} duplicates not marked redelivered`,
    ),
    check(
      "duplicates within the at-least-once window",
      tally.duplicates <= duplicateBound,
      `${tally.duplicates} ≤ ${duplicateBound} = ${disruptions} disruptions (consumer kills + source restarts) × ${window.maxInFlight} in flight × ${window.maxBatch} a batch`,
    ),
  ];
}

function check(name, ok, detail) {
  return { name, ok, detail };
}

/** Samples their queue kept (not dropped when put) that the consumer never reported. */
function missingAcknowledged(pages, tally) {
  let missing = 0;
  for (let page = 0; page < tally.pages; page += 1) {
    for (let seq = 0; seq < tally.samplesPerPage; seq += 1) {
      if (!pages.droppedAtPut(page, seq) && !tally.received(page, seq)) missing += 1;
    }
  }
  return missing;
}

/** The column heads of the load table, in order, with the report field each shows. */
const tableColumns = [
  ["mode", "mode"],
  ["pages", "pages"],
  ["sent", "sent"],
  ["received", "received"],
  ["acknowledged", "acked"],
  ["messages", "messages"],
  ["duplicates", "dups"],
  ["dropped", "dropped"],
  ["countedDrops", "counted drops"],
  ["latencyP50Ms", "p50 ms"],
  ["latencyP99Ms", "p99 ms"],
  ["consumerEventsPerSecond", "consumer ev/s"],
];

/**
 * The reports as a Markdown table, one row each.
 *
 * @example
 * console.log(loadTable([report]));
 */
export function loadTable(reports) {
  const rows = reports.map((report) => tableColumns.map(([field]) => String(report[field])));
  const heads = tableColumns.map(([, head]) => head);
  const widths = heads.map((head, i) => Math.max(head.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(" | ")} |`;
  const rule = `| ${widths.map((width, i) => (i === 0 ? "-".repeat(width) : "-".repeat(width - 1) + ":")).join(" | ")} |`;
  return [line(heads), rule, ...rows.map(line)].join("\n");
}
