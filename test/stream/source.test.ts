// Tests of the Source base: automatic start, idempotent start/stop, and how caught errors are reported.
import { expect } from "chai";
import { capturingConsoleErrors } from "./console-errors.js";
import { Source, Stream, VirtualScheduler, type Emitted, type SourceError } from "../../stream/index.js";

/** A source driven by hand: `push` emits through the error boundary; start/stop calls are counted. */
class ManualSource extends Source<number> {
  starts = 0;
  stops = 0;
  push(x: number): Emitted {
    return this.emitSafely(x);
  }
  protected onStart(): void {
    this.starts += 1;
  }
  protected onStop(): void {
    this.stops += 1;
  }
}

const settle = (): Promise<void> => new VirtualScheduler().advanceBy(0);

describe("Source", () => {
  it("starts itself in a microtask, once, unless told not to", async () => {
    const auto = new ManualSource();
    const manual = new ManualSource({ start: false });
    expect(auto.started).to.equal(false);
    await Promise.resolve();
    expect(auto.started).to.equal(true);
    expect(manual.started).to.equal(false);
    auto.start();
    expect(auto.starts).to.equal(1);
  });

  it("does not auto-start after an explicit stop, and counts one onStart per start", async () => {
    const source = new ManualSource();
    source.stop();
    await Promise.resolve();
    expect(source.starts).to.equal(0);
    source.start();
    source.stop();
    source.stop();
    source.start();
    expect([source.starts, source.stops]).to.deep.equal([2, 1]);
  });

  it("catches a rejection from a busy graph, reports it and resolves", async () => {
    const caught: SourceError[] = [];
    const source = new ManualSource({ start: false, onError: (error) => caught.push(error) });
    source.connect(
      new (class extends Stream<number> {
        override update(): Emitted {
          return Promise.reject(new Error("async failure"));
        }
      })(),
    );
    await source.push(7);
    expect(caught.map((c) => [c.value, (c.error as Error).message])).to.deep.equal([[7, "async failure"]]);
  });

  it("logs to the console by default and survives a throwing hook and a failing errors stream", async () => {
    await capturingConsoleErrors(async (logged) => {
      const silent = new ManualSource({ start: false });
      silent.connect(
        new (class extends Stream<number> {
          override update(): Emitted {
            throw new Error("sync failure");
          }
        })(),
      );
      expect(silent.push(1)).to.equal(undefined);
      expect(String(logged[0]?.[0])).to.contain('source "ManualSource" caught an error');

      const fragile = new ManualSource({
        start: false,
        onError: () => {
          throw new Error("hook broke");
        },
      });
      fragile.connect(
        new (class extends Stream<number> {
          override update(): Emitted {
            throw new Error("sync failure");
          }
        })(),
      );
      fragile.errors.connect(
        new (class extends Stream<SourceError> {
          override update(): Emitted {
            return Promise.reject(new Error("errors stream broke"));
          }
        })(),
      );
      expect(fragile.push(1)).to.equal(undefined);
      await settle();
      expect(logged.map((args) => String(args[0]))).to.deep.equal([
        'rivulet: source "ManualSource" caught an error while emitting',
        'rivulet: the onError hook of source "ManualSource" threw',
        'rivulet: the errors stream of source "ManualSource" threw',
      ]);
    });
  });
});
