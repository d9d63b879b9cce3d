// The many-pages pipeline, in Node: reads every page's pointer samples from JetStream, counts them per page and in
// all, bins where they went, and publishes one summary per window for the watching page.
import type { NatsConnection } from "@nats-io/nats-core";
// Importing rivulet/stream registers its operators (unique, histogram2d, timedWindow, scan) on every stream.
import "rivulet/stream";
import type { BinSpec, Histogram2dCounts, Scheduler } from "rivulet/stream";
import { ensureNatsStream, fromNats, type NatsRecord } from "rivulet/nats";
import { manyPagesNames, type ManyPagesSummary, type PointerSample } from "./summary.js";

/**
 * Options of `startPipeline`; all but the connection have the example's defaults.
 *
 * @example
 * startPipeline({ connection, windowMs: 1000, grid: [0, 100, 20] });
 */
export interface PipelineOptions {
  /** A ready Node connection (`connect` of `@nats-io/transport-node`); the pipeline does not close it. */
  connection: NatsConnection;
  /** How long one rate window is, in ms; default 1,000. */
  windowMs?: number;
  /** The heat map's bins over both axes; default `[0, 100, 20]`. */
  grid?: BinSpec;
  /** The subject summaries are published on (core NATS); default `results.many-pages`. */
  resultsSubject?: string;
  /** The clock of the windows; default the real one (a test passes a `VirtualScheduler`). */
  scheduler?: Scheduler;
  /** Redelivered sample ids remembered to drop repeats; default 100,000 (least recently seen forgotten first). */
  rememberedIds?: number;
  /**
   * Where the samples come from: the JetStream stream, the pipeline's durable consumer on it and the subjects it
   * reads; default the example's (`MANY_PAGES`, `many-pages-pipeline`, `pointer.>`). `npm run load --pipeline`
   * points it at its own stream. A page's id is the last token of its subject either way.
   */
  from?: { readonly stream: string; readonly consumer: string; readonly subjects: string };
}

/** A running pipeline. */
export interface Pipeline {
  /** Messages of samples acked to JetStream so far. */
  readonly acked: number;
  /** Summaries published so far. */
  readonly published: number;
  /** Stops reading (what is unacked is redelivered to the next run) and stops the window's timer. */
  stop(): void;
}

/**
 * Creates the bounded JetStream stream the pages publish into: one hour or 64 MiB of samples at most.
 *
 * @example
 * await ensureManyPagesStream(connection);
 */
export function ensureManyPagesStream(connection: NatsConnection) {
  return ensureNatsStream(connection, {
    name: manyPagesNames.stream,
    subjects: [manyPagesNames.pointerSubjects],
    maxAgeMs: 60 * 60 * 1000,
    maxBytes: 64 * 1024 * 1024,
  });
}

interface PageSample extends PointerSample {
  readonly page: string;
}

/** Whether a record read from the network holds a sample: two finite numbers. */
function isSample({ value }: NatsRecord<unknown>): boolean {
  const sample = value as Partial<PointerSample> | null;
  return typeof sample === "object" && sample !== null && Number.isFinite(sample.x) && Number.isFinite(sample.y);
}

/** The page and position of a record that `isSample` let through. */
function pageSample({ subject, value }: NatsRecord<unknown>): PageSample {
  const { x, y } = value as PointerSample;
  return { page: subject.slice(subject.lastIndexOf(".") + 1), x, y };
}

/** Adds one window of samples to the running totals and returns the totals and that window's summary lines. */
function addWindow(totals: Map<string, number>, batch: readonly PageSample[], windowMs: number) {
  const inWindow = new Map<string, number>();
  for (const { page } of batch) inWindow.set(page, (inWindow.get(page) ?? 0) + 1);
  for (const [page, count] of inWindow) totals.set(page, (totals.get(page) ?? 0) + count);
  const perSecond = 1000 / windowMs;
  const pages = [...totals.keys()].sort().map((page) => ({
    page,
    rate: (inWindow.get(page) ?? 0) * perSecond,
    total: totals.get(page) ?? 0,
  }));
  const total = pages.reduce((sum, line) => sum + line.total, 0);
  return [totals, { rate: batch.length * perSecond, total, pages }] as const;
}

/** Pause after a failed fetch before the pipeline reads again. */
const restartDelayMs = 250;

const heatmapOf = ({ x, y, counts }: Histogram2dCounts) => ({ x, y, counts: Array.from(counts) });

/**
 * Starts the pipeline: a durable consumer on the pages' samples (repeats after a redelivery dropped by id), a heat
 * map of where they went (`histogram2d`), and every `windowMs` a `ManyPagesSummary` (`timedWindow` + `scan`)
 * published on `resultsSubject` with core NATS: each summary carries the whole state, so a watcher needs only
 * the newest and nothing needs storing.
 *
 * @example
 * const connection = await connect({ servers: "nats://127.0.0.1:4222" }); // @nats-io/transport-node
 * await ensureManyPagesStream(connection);
 * const pipeline = startPipeline({ connection });
 * // … later
 * pipeline.stop();
 */
export function startPipeline(options: PipelineOptions): Pipeline {
  const { connection, windowMs = 1000, grid = [0, 100, 20], scheduler } = options;
  const from = options.from ?? {
    stream: manyPagesNames.stream,
    consumer: manyPagesNames.consumer,
    subjects: manyPagesNames.pointerSubjects,
  };
  const source = fromNats<unknown>({
    connection,
    stream: from.stream,
    consumer: from.consumer,
    filterSubject: from.subjects,
    maxInFlight: 64,
    ...(scheduler === undefined ? {} : { scheduler }),
    // A pipeline that serves a room of pages reads on once the broker answers again.
    retryAfterMs: restartDelayMs,
    onError: ({ error }) => console.warn(`many-pages pipeline: ${String(error)} (reading ${from.stream})`),
  });
  const samples = source
    .unique({ key: (record) => record.id, maxsize: options.rememberedIds ?? 100_000 })
    .filter(isSample)
    .map(pageSample);
  const heat = samples.histogram2d({ x: grid, y: grid });
  const windows = samples.timedWindow(windowMs);
  const results = windows
    .scan((totals, batch: PageSample[]) => addWindow(totals, batch, windowMs), {
      start: new Map<string, number>(),
      returnsState: true,
    })
    .map((lines): ManyPagesSummary => ({ at: windows.scheduler.now(), ...lines, heatmap: heatmapOf(heat.state) }))
    .sinkToNats(options.resultsSubject ?? manyPagesNames.results, { connection, jetstream: false });
  return {
    get acked() {
      return source.acked;
    },
    get published() {
      return results.published;
    },
    stop() {
      source.stop();
      windows.destroy();
    },
  };
}
