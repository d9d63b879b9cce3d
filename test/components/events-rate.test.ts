// Tests of rate policies on ReactiveHTML bindings in Chromium: domEvents and onEvent with throttle "frame", ms and
// debounce, lossless without a policy, every drop counted and readable from the element, and nothing left pending.
import { countPending } from "../harness/lifecycle.js";
import { expect } from "chai";
import { css } from "lit";
import { sendMouse } from "@web/test-runner-commands";
import { ReactiveHTML } from "../../components/reactive-html.js";
import { TemplateError } from "../../components/template.js";
import { RatePolicyError } from "../../components/rate-policy.js";
import type { EventSample } from "../../components/events.js";

class ThrottledPad extends ReactiveHTML {
  static override template = '<div id="pad"></div><input id="text">';
  static override domEvents = { pad: [{ type: "pointermove", throttle: "frame" as const }, "click"] };
  static override styles = css`
    #pad {
      width: 200px;
      height: 120px;
    }
  `;
}
customElements.define("test-throttled-pad", ThrottledPad);

async function mount(): Promise<ThrottledPad> {
  const view = document.createElement("test-throttled-pad") as ThrottledPad;
  document.body.append(view);
  await view.updateComplete;
  return view;
}

function pad(view: ThrottledPad): HTMLElement {
  return view.shadowRoot?.getElementById("pad") as HTMLElement;
}

function move(view: ThrottledPad, x: number): void {
  const box = pad(view).getBoundingClientRect();
  pad(view).dispatchEvent(new PointerEvent("pointermove", { clientX: box.left + x, clientY: box.top + 5 }));
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

describe("rate policies on bindings", () => {
  it('puts one domEvents sample per frame into the queue with throttle: "frame", and counts the others', async () => {
    const view = await mount();
    for (let x = 1; x <= 10; x += 1) move(view, x);
    expect(view.queue.size).to.equal(0);
    await nextFrame();
    expect(view.queue.size).to.equal(1);
    expect(view.queue.getNowait()).to.include({ type: "pointermove", x: 10 });
    expect(view.dropped("pad", "pointermove")).to.equal(9);
    pad(view).click();
    expect(view.queue.size).to.equal(1); // click has no policy: at once
    expect(view.dropped("pad", "click")).to.equal(0);
    view.remove();
  });

  it("accounts for every trusted pointer move: delivered plus dropped equals what an unthrottled binding saw", async () => {
    const view = await mount();
    const all: EventSample[] = [];
    const throttled: EventSample[] = [];
    view.onEvent("pad", "pointermove", (sample) => all.push(sample));
    const binding = view.onEvent("pad", "pointermove", (sample) => throttled.push(sample), { throttle: 50 });
    const box = pad(view).getBoundingClientRect();
    for (let i = 0; i < 12; i += 1) {
      await sendMouse({ type: "move", position: [Math.round(box.left + 10 + i * 10), Math.round(box.top + 50)] });
    }
    // The trailing edge delivers the last move within 50 ms: wait for it, not for a fixed time.
    while (throttled.at(-1)?.x !== all.at(-1)?.x) await nextFrame();
    expect(all.length).to.be.at.least(12);
    expect(throttled[0]).to.deep.equal(all[0]); // the leading edge: the first move at once
    expect(throttled.length + binding.dropped).to.equal(all.length);
    expect(view.dropped("pad", "pointermove")).to.equal(binding.dropped);
    binding();
    view.remove();
  });

  it("delivers the last sample of a burst once with debounce, and counts the replaced ones on the returned binding", async () => {
    const view = await mount();
    const text = view.shadowRoot?.getElementById("text") as HTMLInputElement;
    let settled: (sample: EventSample) => void = () => undefined;
    const delivered = new Promise<EventSample>((resolve) => (settled = resolve));
    const binding = view.onEvent("text", "input", settled, { debounce: 30 });
    for (const value of ["r", "ri", "riv"]) {
      text.value = value;
      text.dispatchEvent(new InputEvent("input", { data: value.at(-1) ?? "", inputType: "insertText" }));
    }
    expect((await delivered).value).to.equal("riv");
    expect(binding.dropped).to.equal(2);
    binding();
    view.remove();
  });

  it("is lossless without a policy: every sample arrives and none is counted as dropped", async () => {
    const view = await mount();
    const seen: EventSample[] = [];
    const binding = view.onEvent("pad", "pointermove", (sample) => seen.push(sample));
    for (let x = 1; x <= 100; x += 1) move(view, x);
    expect(seen.map((sample) => sample.x)).to.deep.equal(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(binding.dropped).to.equal(0);
    binding();
    view.remove();
  });

  it("drops and counts a held sample when the element is removed, leaving no frame request, and throttles again once back", async () => {
    const before = countPending();
    const view = await mount();
    move(view, 1);
    view.remove();
    expect(view.dropped("pad", "pointermove")).to.equal(1);
    expect(countPending().animationFrames).to.equal(before.animationFrames);
    document.body.append(view);
    await view.updateComplete;
    move(view, 2);
    await nextFrame();
    expect(view.queue.getNowait()).to.include({ x: 2 });
    view.remove();
  });

  it("stops a removed binding's timer and keeps its count", async () => {
    const before = countPending();
    const view = await mount();
    const binding = view.onEvent("pad", "pointermove", () => undefined, { throttle: 1000 });
    move(view, 1);
    move(view, 2);
    expect(countPending().timers).to.equal(before.timers + 1);
    binding();
    expect(countPending().timers).to.equal(before.timers);
    expect(binding.dropped).to.equal(1);
    view.remove();
  });

  it("rejects a bad policy in domEvents when the class is defined, and in onEvent when called", async () => {
    class Broken extends ReactiveHTML {
      static override template = '<div id="pad"></div>';
      static override domEvents = { pad: [{ type: "pointermove", throttle: 0 }] };
    }
    expect(() => customElements.define("test-broken-rate", Broken)).to.throw(
      TemplateError,
      'Broken.domEvents: node "pad" event "pointermove": throttle 0 is not "frame" or a positive number of milliseconds',
    );
    const view = await mount();
    expect(() => view.onEvent("pad", "pointermove", () => undefined, { debounce: -1 })).to.throw(
      RatePolicyError,
      '<test-throttled-pad>.onEvent: node "pad" event "pointermove": debounce -1 is not a positive number of milliseconds; use e.g. { debounce: 250 }',
    );
    view.remove();
  });
});
