// What the participant pages, the pipeline and the watching page of the many-pages example agree on: the subjects,
// the stream's name, a sample's shape and the summary the pipeline publishes once per window.
import type { BinSpec } from "rivulet/stream";

/** A pointer sample as a participant page publishes it, in the plot's data units (0–100 on both axes). */
export interface PointerSample {
  readonly x: number;
  readonly y: number;
}

/** One page's line of a summary. */
export interface PageRate {
  /** The page's id: the last token of its subject `pointer.<page>`. */
  readonly page: string;
  /** Its samples per second over the last window. */
  readonly rate: number;
  /** Its samples counted since the pipeline started. */
  readonly total: number;
}

/**
 * What the pipeline publishes once per window, as JSON: the whole state, so a watcher needs only the newest.
 *
 * @example
 * subscription.callback = (error, message) => show(message.json<[ManyPagesSummary]>()[0]);
 */
export interface ManyPagesSummary {
  /** The pipeline clock's time (ms) when the window closed. */
  readonly at: number;
  /** Samples per second of all pages over the last window. */
  readonly rate: number;
  /** Samples of all pages since the pipeline started. */
  readonly total: number;
  /** One line per page that ever sent a sample, sorted by page id. */
  readonly pages: readonly PageRate[];
  /** Where every pointer went: `counts[row * x[2] + column]`, rows from the lowest y (see `histogram2d`). */
  readonly heatmap: { readonly x: BinSpec; readonly y: BinSpec; readonly counts: readonly number[] };
}

/**
 * The names the example uses: its JetStream stream, the pipeline's durable consumer, the subjects pages publish
 * on (`pointer.<page id>`) and the subject of the summaries.
 *
 * @example
 * toNats(queue, `${manyPagesNames.pointerPrefix}${pageId}`, { connection });
 */
export const manyPagesNames = {
  stream: "MANY_PAGES",
  consumer: "many-pages-pipeline",
  pointerPrefix: "pointer.",
  pointerSubjects: "pointer.>",
  results: "results.many-pages",
} as const;

/** Page ids are one subject token: letters, digits, `-` and `_`. */
export const pageIdPattern = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * The WebSocket URL of NATS for a page of this example: its own origin's `/nats`, which `npm run many-pages`
 * passes through to nats-server, so a strict `default-src 'self'` allows it.
 *
 * @example
 * const connection = await wsconnect({ servers: natsWebsocketUrl(location) });
 */
export function natsWebsocketUrl(page: { protocol: string; host: string }): string {
  return `${page.protocol === "https:" ? "wss" : "ws"}://${page.host}/nats`;
}
