// A test helper node for the stream tests: records what reaches it, and when, and answers with a chosen result.
import { Stream, type Emitted } from "../../stream/stream.js";

/** Records every value it receives (and the graph's time of arrival) and returns `respond(x)` to its upstream. */
export class Recorder<T> extends Stream<T> {
  readonly seen: T[] = [];
  readonly times: number[] = [];
  constructor(
    upstream: Stream<T>,
    private readonly respond: (x: T) => Emitted = () => undefined,
  ) {
    super({ upstream });
  }
  override update(x: T): Emitted {
    this.seen.push(x);
    this.times.push(this.scheduler.now());
    return this.respond(x);
  }
}
