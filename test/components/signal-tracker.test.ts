// Tests of SignalTracker: it follows the signals an update read only while watching, re-arms on each run, and an
// update run inside another stays out of the outer one's sources.
import { expect } from "chai";
import { Signal } from "@lit-labs/signals";
import { SignalTracker } from "../../components/signal-tracker.js";

describe("SignalTracker", () => {
  it("calls onChange when a signal the last run read changes, while watching", () => {
    const count = new Signal.State(0);
    let changes = 0;
    const tracker = new SignalTracker(() => (changes += 1));
    tracker.watch();
    tracker.run(() => void count.get());
    count.set(1);
    count.set(2); // not yet re-run: one notification until the next run
    expect(changes).to.equal(1);
    tracker.run(() => void count.get());
    count.set(3);
    expect(changes).to.equal(2);
  });

  it("ignores changes while not watching and follows the last run's signals once watching again", () => {
    const count = new Signal.State(0);
    let changes = 0;
    const tracker = new SignalTracker(() => (changes += 1));
    tracker.watch();
    tracker.run(() => void count.get());
    tracker.unwatch();
    expect(tracker.watching).to.equal(false);
    count.set(1);
    expect(changes).to.equal(0);
    tracker.watch();
    tracker.run(() => void count.get());
    count.set(2);
    expect(changes).to.equal(1);
  });

  it("follows the last run's signals again once re-watched, even if they changed in between", () => {
    const count = new Signal.State(0);
    const seen: number[] = [];
    let changes = 0;
    const tracker = new SignalTracker(() => (changes += 1));
    tracker.watch();
    tracker.run(() => void seen.push(count.get()));
    tracker.unwatch();
    count.set(1);
    tracker.watch();
    count.set(2);
    expect(changes).to.equal(1);
    tracker.run(() => void seen.push(count.get()));
    expect(seen).to.deep.equal([0, 2]);
  });

  it("runs the update every time, even when no signal it read has changed", () => {
    const tracker = new SignalTracker(() => undefined);
    let runs = 0;
    tracker.run(() => (runs += 1));
    tracker.run(() => (runs += 1));
    expect(runs).to.equal(2);
  });

  it("keeps a run nested in another out of the outer run's sources", () => {
    const inner = new Signal.State("a");
    let outerChanges = 0;
    let innerChanges = 0;
    const outer = new SignalTracker(() => (outerChanges += 1));
    const nested = new SignalTracker(() => (innerChanges += 1));
    outer.watch();
    nested.watch();
    outer.run(() => nested.run(() => void inner.get()));
    inner.set("b");
    expect([outerChanges, innerChanges]).to.deep.equal([0, 1]);
  });
});
