// `npm run load --pipeline`: the many-pages example's pipeline on the load run's stream, beside the run's own
// consumer, with the newest summary it published kept, to check its counts and heat map against what was acked.
import { connect } from "@nats-io/transport-node";
import { startPipeline } from "../../examples/many-pages/pipeline.ts";

/** The subject the pipeline publishes its summaries on in a load run. */
const resultsSubject = "results.load";

/**
 * Starts `examples/many-pages/pipeline.ts` with its own connection to `servers` on `stream` (its own durable
 * consumer `pipeline` on `subjects`) and subscribes to its summaries; `latest` is the newest one, `stop()` stops
 * the pipeline and closes the connection.
 *
 * @example
 * const pipeline = await LoadPipeline.start({ servers, stream: "LOAD", subjects: "load.>" });
 * await waitUntil(() => pipeline.latest?.total === acked, "the pipeline counted every sample", 60_000);
 * await pipeline.stop();
 */
export class LoadPipeline {
  /** The newest `ManyPagesSummary` the pipeline published, or undefined before its first window closed. */
  latest;
  #connection;
  #pipeline;

  static async start({ servers, stream, subjects }) {
    const pipeline = new LoadPipeline();
    pipeline.#connection = await connect({ servers, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
    pipeline.#connection.subscribe(resultsSubject, {
      // sinkToNats publishes each summary as a one-item JSON array.
      callback: (error, message) => {
        if (error === null) pipeline.latest = message.json().at(-1);
      },
    });
    pipeline.#pipeline = startPipeline({
      connection: pipeline.#connection,
      resultsSubject,
      from: { stream, consumer: "pipeline", subjects },
    });
    return pipeline;
  }

  /** Stops the pipeline (its window timer and its fetches) and closes its connection. */
  async stop() {
    this.#pipeline?.stop();
    await this.#connection?.close();
  }
}
