// Tests of per-binding rate policies: lossless without one, throttle by ms (leading and trailing) and debounce on
// the virtual clock, throttle "frame" on real animation frames, counted drops, suspend/resume and bad policies.
import { expect } from "chai";
import { rateGate, ratePolicyProblem } from "../../components/rate-policy.js";
import { VirtualScheduler } from "../../stream/virtual-scheduler.js";

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

describe("rate policies", () => {
  it("makes no gate without a policy: every sample is delivered, nothing is dropped", () => {
    expect(rateGate((x: number) => x, {}, "pad pointermove")).to.equal(undefined);
    expect(rateGate((x: number) => x, { coalesced: true } as object, "pad pointermove")).to.equal(undefined);
  });

  it("throttles by ms on both edges: the first sample at once, then the latest one per interval", async () => {
    const scheduler = new VirtualScheduler();
    const seen: [number, number][] = [];
    const gate = rateGate((x: number) => seen.push([x, scheduler.now()]), { throttle: 100 }, "pad", scheduler);
    if (gate === undefined) throw new Error("no gate");
    for (let i = 1; i <= 10; i += 1) {
      gate.offer(i);
      await scheduler.advanceBy(15);
    }
    await scheduler.runAll();
    // 1 at 0; 2..7 arrive in [0, 100) and 7 trails at 100; 8..10 arrive in [100, 200) and 10 trails at 200.
    expect(seen).to.deep.equal([
      [1, 0],
      [7, 100],
      [10, 200],
    ]);
    expect(gate.dropped).to.equal(7);
  });

  it("debounces: only the last sample of a burst, ms after it", async () => {
    const scheduler = new VirtualScheduler();
    const seen: [string, number][] = [];
    const gate = rateGate((x: string) => seen.push([x, scheduler.now()]), { debounce: 50 }, "text", scheduler);
    if (gate === undefined) throw new Error("no gate");
    for (const letter of ["r", "i", "v"]) {
      gate.offer(letter);
      await scheduler.advanceBy(20);
    }
    await scheduler.runAll();
    expect(seen).to.deep.equal([["v", 90]]);
    expect(gate.dropped).to.equal(2);
  });

  it('throttles to "frame": at most one sample per animation frame, the latest, in the frame', async () => {
    const seen: number[] = [];
    const gate = rateGate((x: number) => seen.push(x), { throttle: "frame" }, "pad");
    if (gate === undefined) throw new Error("no gate");
    for (let i = 1; i <= 5; i += 1) gate.offer(i);
    expect(seen).to.deep.equal([]);
    await nextFrame();
    expect(seen).to.deep.equal([5]);
    gate.offer(6);
    gate.offer(7);
    await nextFrame();
    expect(seen).to.deep.equal([5, 7]);
    expect(gate.dropped).to.equal(5);
    gate.suspend();
  });

  it("drops and counts the held sample and keeps no timer while suspended, and works again once resumed", async () => {
    const scheduler = new VirtualScheduler();
    const seen: number[] = [];
    const gate = rateGate((x: number) => seen.push(x), { throttle: 100 }, "pad", scheduler);
    if (gate === undefined) throw new Error("no gate");
    gate.offer(1);
    gate.offer(2);
    gate.suspend();
    gate.suspend();
    expect(scheduler.pendingTimers).to.equal(0);
    expect(gate.dropped).to.equal(1);
    gate.resume();
    gate.resume();
    gate.offer(3);
    await scheduler.runAll();
    expect(seen).to.deep.equal([1, 3]);
  });

  it("describes what is wrong with a policy, and accepts the good ones", () => {
    expect(ratePolicyProblem({})).to.equal(undefined);
    expect(ratePolicyProblem({ throttle: "frame" })).to.equal(undefined);
    expect(ratePolicyProblem({ throttle: 16.5, coalesced: true } as object)).to.equal(undefined);
    expect(ratePolicyProblem({ debounce: 250 })).to.equal(undefined);
    expect(ratePolicyProblem({ throttle: "fast" } as never)).to.equal(
      'throttle "fast" is not "frame" or a positive number of milliseconds; use e.g. { throttle: "frame" } or { throttle: 100 }',
    );
    expect(ratePolicyProblem({ debounce: 0 })).to.equal(
      "debounce 0 is not a positive number of milliseconds; use e.g. { debounce: 250 }",
    );
    expect(ratePolicyProblem({ throttle: 100, debounce: 100 })).to.equal(
      "throttle and debounce are both set; choose one: { throttle: 100 } or { debounce: 100 }",
    );
  });
});
