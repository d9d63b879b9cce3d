// Gathers an element's event samples within one animation frame and hands them over as columns in one call, so a
// kernel gets one custom message per frame, not one per pointer sample; bounded, dropping the oldest when full.
import { FrameRequest } from "../../components/frame-request.js";
import type { EventsMessage } from "./widget-traits.js";

/**
 * Holds at most `capacity` samples until the next animation frame, then calls `onBatch` with them as columns.
 * When full, the oldest sample is dropped and counted in the next batch's `dropped`. `stop()` releases the frame
 * request and the samples still held.
 *
 * @example
 * const batches = new EventBatches((message) => model.send(message), 10_000);
 * element.addEventListener("riv-event", (event) => batches.add(event.detail));
 * batches.stop(); // on cleanup
 */
export class EventBatches {
  private rows: object[] = [];
  private dropped = 0;
  private readonly frames = new FrameRequest(() => this.flush());

  constructor(
    private readonly onBatch: (message: EventsMessage) => void,
    private readonly capacity: number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`EventBatches: capacity ${capacity} is not a positive integer; pass e.g. 10000`);
    }
    this.frames.start();
  }

  /** How many samples wait for the next frame. */
  get pending(): number {
    return this.rows.length;
  }

  /** Adds one sample for the next frame. */
  add(sample: object): void {
    if (this.rows.length >= this.capacity) {
      this.rows.shift();
      this.dropped += 1;
    }
    this.rows.push(sample);
    this.frames.request();
  }

  /** Hands every held sample over now; does nothing when none is held. */
  flush(): void {
    this.frames.cancel();
    const rows = this.rows;
    if (rows.length === 0) return;
    this.rows = [];
    const names = new Set<string>();
    for (const row of rows) for (const name of Object.keys(row)) names.add(name);
    const columns: Record<string, unknown[]> = {};
    for (const name of names) columns[name] = rows.map((row) => (row as Record<string, unknown>)[name] ?? null);
    const message: EventsMessage = { kind: "rivulet-events", count: rows.length, dropped: this.dropped, columns };
    this.dropped = 0;
    this.onBatch(message);
  }

  /** Releases the frame request and drops the held samples. */
  stop(): void {
    this.frames.stop();
    this.rows = [];
  }
}
