// Tests of fromEvent over a plain EventTarget (Node and browsers alike): emitting, removing the listener, errors.
import { expect } from "chai";
import { Stream } from "../../../stream/index.js";
import { FromEvent, fromEvent } from "../../../stream/sources/from-event.js";
import { Recorder } from "../recorder.js";
import { CountingTarget } from "../counting-target.js";

describe("fromEvent", () => {
  it("emits each dispatched event of its type once started", async () => {
    const target = new EventTarget();
    const source = fromEvent(target, "ping");
    const end = new Recorder(source);
    target.dispatchEvent(new Event("ping"));
    expect(end.seen).to.have.length(0);
    await Promise.resolve();
    const event = new Event("ping");
    target.dispatchEvent(event);
    target.dispatchEvent(new Event("other"));
    expect(end.seen).to.deep.equal([event]);
    source.stop();
  });

  it("is a static method of Stream as well", () => {
    expect(Stream.fromEvent(new EventTarget(), "ping", { start: false })).to.be.instanceOf(FromEvent);
  });

  it("removes its listener on stop and adds it again on restart", () => {
    const target = new CountingTarget();
    const source = fromEvent(target, "ping", { start: false, capture: true });
    const end = new Recorder(source);
    source.start();
    source.start();
    expect(target.listeners).to.equal(1);
    source.stop();
    source.stop();
    expect(target.listeners).to.equal(0);
    target.dispatchEvent(new Event("ping"));
    expect(end.seen).to.have.length(0);
    source.start();
    target.dispatchEvent(new Event("ping"));
    expect(end.seen).to.have.length(1);
    source.destroy();
    expect(target.listeners).to.equal(0);
  });

  it("reports an error thrown downstream to onError and the errors stream, and keeps listening", () => {
    const target = new EventTarget();
    const caught: unknown[] = [];
    const source = fromEvent(target, "ping", { start: false, onError: ({ error }) => caught.push(error) });
    const errors = new Recorder(source.errors);
    let calls = 0;
    new Recorder(source, () => {
      calls += 1;
      if (calls === 1) throw new Error("bad event");
    });
    source.start();
    target.dispatchEvent(new Event("ping"));
    target.dispatchEvent(new Event("ping"));
    expect(calls).to.equal(2);
    expect(caught).to.have.length(1);
    expect(errors.seen.map((e) => e.error)).to.deep.equal(caught);
    source.stop();
  });
});
