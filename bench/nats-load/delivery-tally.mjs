// What the load run's consumer reported, sample by sample: which samples arrived, how often, whether a repeat was a
// JetStream redelivery, and each sample's end-to-end latency on its first arrival.

/**
 * Counts the consumer's reports of the samples `<page> <seq>` of `pages` pages with at most `samplesPerPage` each
 * (a bounded table, fixed when the run starts).
 *
 * @example
 * const tally = new DeliveryTally(10, 200);
 * tally.record(3, 17, 4.5, false);
 * tally.unique; // 1
 */
export class DeliveryTally {
  /** Samples reported at least once. */
  unique = 0;
  /** Reports of a sample reported before. */
  duplicates = 0;
  /** Of those, reports the consumer did not mark as redelivered (a repeat JetStream did not explain). */
  unexplainedDuplicates = 0;
  /** Reports of a sample outside the table (a page or seq the run never sent). */
  unknown = 0;
  /** `Date.now()` of the first and the last first-arrival, for the consumer's rate. */
  firstArrival = NaN;
  lastArrival = NaN;
  #seen;
  #latencies;

  constructor(pages, samplesPerPage) {
    this.pages = pages;
    this.samplesPerPage = samplesPerPage;
    this.#seen = new Uint8Array(pages * samplesPerPage);
    this.#latencies = new Float64Array(pages * samplesPerPage);
  }

  /** Counts one report of sample `seq` (from 0) of `page`, `latencyMs` after it was made. */
  record(page, seq, latencyMs, redelivered) {
    if (!(page >= 0 && page < this.pages && seq >= 0 && seq < this.samplesPerPage)) {
      this.unknown += 1;
      return;
    }
    const index = page * this.samplesPerPage + seq;
    if (this.#seen[index] > 0) {
      this.duplicates += 1;
      if (!redelivered) this.unexplainedDuplicates += 1;
      if (this.#seen[index] < 255) this.#seen[index] += 1;
      return;
    }
    this.#seen[index] = 1;
    this.#latencies[this.unique] = latencyMs;
    this.unique += 1;
    const now = Date.now();
    if (Number.isNaN(this.firstArrival)) this.firstArrival = now;
    this.lastArrival = now;
  }

  /** Whether sample `seq` of `page` was reported. */
  received(page, seq) {
    return this.#seen[page * this.samplesPerPage + seq] > 0;
  }

  /** The latency (ms) below which `fraction` (0–1) of the first arrivals fall; NaN before any arrived. */
  latencyPercentile(fraction) {
    if (this.unique === 0) return NaN;
    const sorted = this.#latencies.slice(0, this.unique).sort();
    return sorted[Math.min(this.unique - 1, Math.floor(fraction * this.unique))];
  }

  /** First arrivals per second between the first and the last one. */
  eventsPerSecond() {
    const spanMs = this.lastArrival - this.firstArrival;
    return spanMs > 0 ? (this.unique - 1) / (spanMs / 1000) : NaN;
  }
}
