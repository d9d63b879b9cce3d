// Tests of VirtualScheduler: virtual time, timer order, cancelling, advanceBy and runAll.
import { expect } from "chai";
import { VirtualScheduler, realScheduler } from "../../stream/index.js";

describe("VirtualScheduler", () => {
  it("starts at 0 and moves only when advanced", async () => {
    const scheduler = new VirtualScheduler();
    expect(scheduler.now()).to.equal(0);
    await scheduler.advanceBy(250);
    expect(scheduler.now()).to.equal(250);
  });

  it("fires timers in order of due time, each at its own time, equal times first-in first-out", async () => {
    const scheduler = new VirtualScheduler();
    const fired: string[] = [];
    const at = (name: string, ms: number): unknown =>
      scheduler.setTimeout(() => fired.push(`${name}@${scheduler.now()}`), ms);
    at("c", 30);
    at("a", 10);
    at("b1", 20);
    at("b2", 20);
    at("b3", 20);
    await scheduler.advanceBy(25);
    expect(fired).to.deep.equal(["a@10", "b1@20", "b2@20", "b3@20"]);
    expect(scheduler.now()).to.equal(25);
    await scheduler.advanceBy(5);
    expect(fired.at(-1)).to.equal("c@30");
  });

  it("fires a timer scheduled by a timer when it falls due within the same advance", async () => {
    const scheduler = new VirtualScheduler();
    const fired: number[] = [];
    scheduler.setTimeout(() => {
      fired.push(scheduler.now());
      scheduler.setTimeout(() => fired.push(scheduler.now()), 10);
    }, 10);
    await scheduler.advanceBy(20);
    expect(fired).to.deep.equal([10, 20]);
  });

  it("lets the promises a timer starts settle before the next timer fires", async () => {
    const scheduler = new VirtualScheduler();
    const order: string[] = [];
    scheduler.setTimeout(() => {
      void Promise.resolve()
        .then(() => undefined)
        .then(() => order.push("reaction of first"));
    }, 10);
    scheduler.setTimeout(() => order.push("second"), 10);
    await scheduler.advanceBy(10);
    expect(order).to.deep.equal(["reaction of first", "second"]);
  });

  it("treats a negative or NaN delay as 0", async () => {
    const scheduler = new VirtualScheduler();
    const fired: number[] = [];
    scheduler.setTimeout(() => fired.push(1), -5);
    scheduler.setTimeout(() => fired.push(2), Number.NaN);
    await scheduler.advanceBy(0);
    expect(fired).to.deep.equal([1, 2]);
  });

  it("does not fire a cleared timer, and clearing twice or an unknown handle does nothing", async () => {
    const scheduler = new VirtualScheduler();
    const fired: number[] = [];
    const handle = scheduler.setTimeout(() => fired.push(1), 10);
    scheduler.setTimeout(() => fired.push(2), 10);
    scheduler.clearTimeout(handle);
    scheduler.clearTimeout(handle);
    expect(scheduler.pendingTimers).to.equal(1);
    await scheduler.advanceBy(10);
    expect(fired).to.deep.equal([2]);
  });

  it("refuses to advance by a negative or non-finite amount", async () => {
    const scheduler = new VirtualScheduler();
    for (const ms of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      await scheduler.advanceBy(ms).then(
        () => expect.fail(`advanceBy(${ms}) must reject`),
        (error: unknown) => expect(error).to.be.instanceOf(RangeError),
      );
    }
    expect(scheduler.now()).to.equal(0);
  });

  it("runAll fires every timer, moving the clock to the last due time", async () => {
    const scheduler = new VirtualScheduler();
    const fired: number[] = [];
    scheduler.setTimeout(() => fired.push(scheduler.now()), 500);
    scheduler.setTimeout(() => fired.push(scheduler.now()), 100);
    await scheduler.runAll();
    expect(fired).to.deep.equal([100, 500]);
    expect(scheduler.now()).to.equal(500);
    expect(scheduler.pendingTimers).to.equal(0);
  });

  it("runAll stops with an error naming the cause when a timer keeps rescheduling itself", async () => {
    const scheduler = new VirtualScheduler();
    const again = (): void => void scheduler.setTimeout(again, 10);
    again();
    await scheduler.runAll(50).then(
      () => expect.fail("runAll must give up"),
      (error: unknown) => expect((error as Error).message).to.contain("after 50; is a periodic source running?"),
    );
  });

  it("has a real counterpart whose clock moves on its own", () => {
    const handle = realScheduler.setTimeout(() => expect.fail("a cleared real timer must not fire"), 0);
    realScheduler.clearTimeout(handle);
    expect(realScheduler.now()).to.be.a("number");
  });
});
