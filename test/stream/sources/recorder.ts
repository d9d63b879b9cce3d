// A test helper node for the source tests: records what reaches it and answers with a chosen result.
import { Stream, type Emitted } from "../../../stream/index.js";

/** Records every value it receives and returns `result(x)` to its upstream. */
export class Recorder<T> extends Stream<T> {
  readonly seen: T[] = [];
  constructor(
    upstream: Stream<T>,
    private readonly result: (x: T) => Emitted = () => undefined,
  ) {
    super({ upstream });
  }
  override update(x: T): Emitted {
    this.seen.push(x);
    return this.result(x);
  }
}
