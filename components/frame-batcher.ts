// Gathers rows that arrive within one animation frame into columns and hands them over in one call per frame,
// because every BokehJS `source.stream` call re-renders the plot: one per frame is all a screen can show.
import { FrameRequest } from "./frame-request.js";

/**
 * The most rows a started batcher holds while its frame does not come (at least its `limit`): far more than one
 * frame gathers at 10,000 events/s, so it only acts where frames stopped.
 *
 * @example
 * const batcher = new FrameBatcher(["x"], onFlush, 1);
 * batcher.start();
 * for (let x = 0; x < 2048; x += 1) batcher.add({ x }); // a tab without frames: two flushes of 1,024 rows
 */
export const framelessBound = 1024;

/**
 * Columns of equal length, keyed by column name: what BokehJS's `ColumnDataSource.stream` takes.
 *
 * @example
 * const batch: ColumnBatch = { x: [1, 2], y: [3, 4] };
 */
export type ColumnBatch = Record<string, unknown[]>;

/**
 * Collects rows into columns and calls `onFlush` once in the next animation frame with all of them. While
 * started it owns at most one frame request; `stop()` releases it. A stopped batcher (its page element is not
 * shown) flushes when `limit` rows are pending; a started one waits for the frame unless `limit` and
 * `framelessBound` rows are pending (a tab that is hidden gets no frames), so it stays bounded either way.
 *
 * @example
 * const batcher = new FrameBatcher(["x", "y"], (batch) => source.stream(batch, 1000), 1000);
 * batcher.start();
 * batcher.add({ x: 1, y: 2 });
 * batcher.add({ x: 3, y: 4 }); // next frame: source.stream({ x: [1, 3], y: [2, 4] }, 1000)
 */
export class FrameBatcher {
  private columns: unknown[][];
  private readonly frames = new FrameRequest(() => this.flush());

  constructor(
    private names: readonly string[],
    private readonly onFlush: (batch: ColumnBatch) => void,
    private readonly limit: number,
  ) {
    this.columns = names.map(() => []);
  }

  /** How many rows wait for the next frame. */
  get pending(): number {
    return this.columns[0]?.length ?? 0;
  }

  /** Appends one row (its value for each column name) for the next frame. */
  add(row: object): void {
    const names = this.names;
    const columns = this.columns;
    const values = row as Readonly<Record<string, unknown>>;
    for (let i = 0; i < names.length; i += 1) (columns[i] as unknown[]).push(values[names[i] as string]);
    // A hidden tab gets no frames but keeps adding: a started batcher hands over at once at its bound.
    if (this.frames.running) {
      if (this.pending >= Math.max(this.limit, framelessBound)) this.flush();
      else this.frames.request();
    } else if (this.pending >= this.limit) this.flush();
  }

  /** Flushes once per animation frame from now on, beginning with the rows already pending. */
  start(): void {
    this.frames.start();
    if (this.pending > 0) this.frames.request();
  }

  /** Stops asking for frames and releases the pending request; pending rows wait for `flush` or `start`. */
  stop(): void {
    this.frames.stop();
  }

  /** Drops every pending row. */
  discard(): void {
    this.frames.cancel();
    this.columns = this.names.map(() => []);
  }

  /** Drops every pending row and gathers the columns `names` from now on. */
  setColumns(names: readonly string[]): void {
    this.names = names;
    this.discard();
  }

  /** Hands every pending row over now, in one call; does nothing when none is pending. */
  flush(): void {
    this.frames.cancel();
    if (this.pending === 0) return;
    const batch: ColumnBatch = {};
    const names = this.names;
    for (let i = 0; i < names.length; i += 1) batch[names[i] as string] = this.columns[i] as unknown[];
    // Fresh arrays for the next frame: BokehJS may keep the batch (it travels in a document change event).
    this.columns = names.map(() => []);
    this.onFlush(batch);
  }
}
