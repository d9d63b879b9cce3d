// Tests of <riv-pad>: its size, and the pointer samples it puts into its queue, from synthetic and real input.
import { expect } from "chai";
import { sendMouse } from "@web/test-runner-commands";
import { RivPad } from "../../components/riv-pad.js";
import type { EventSample } from "../../components/events.js";
import { sampleEventName } from "../../components/reactive-html.js";

async function mountPad(setup: (pad: RivPad) => void = () => undefined): Promise<RivPad> {
  const pad = document.createElement("riv-pad");
  setup(pad);
  document.body.append(pad);
  await pad.updateComplete;
  return pad;
}

function drain(pad: RivPad): EventSample[] {
  const samples: EventSample[] = [];
  while (pad.queue.size > 0) samples.push(pad.queue.getNowait());
  return samples;
}

describe("<riv-pad>", () => {
  it("is as wide as its container and 400 px high unless sized", async () => {
    const pad = await mountPad();
    expect(pad).to.be.instanceOf(RivPad);
    const box = pad.getBoundingClientRect();
    expect(box.width).to.equal(document.body.getBoundingClientRect().width);
    expect(box.height).to.equal(400);
    pad.height = 120;
    await pad.updateComplete;
    expect(pad.getBoundingClientRect().height).to.equal(120);
    expect(pad.getAttribute("height")).to.equal("120");
    pad.remove();
  });

  it("queues every coalesced move sample, downs and ups, relative to the area", async () => {
    const pad = await mountPad();
    const area = pad.shadowRoot?.getElementById("pad") as HTMLElement;
    const box = area.getBoundingClientRect();
    const at = (type: string, x: number, init: PointerEventInit = {}) =>
      new PointerEvent(type, { clientX: box.left + x, clientY: box.top + 2 * x, bubbles: true, ...init });
    const dispatched: string[] = [];
    pad.addEventListener(sampleEventName, (event) => dispatched.push((event as CustomEvent<EventSample>).detail.type));
    area.dispatchEvent(at("pointerdown", 1, { buttons: 1 }));
    area.dispatchEvent(
      at("pointermove", 4, { coalescedEvents: [at("pointermove", 2), at("pointermove", 3), at("pointermove", 4)] }),
    );
    area.dispatchEvent(at("pointerup", 4));
    const samples = drain(pad);
    expect(samples.map((s) => [s.type, s.x, s.y])).to.deep.equal([
      ["pointerdown", 1, 2],
      ["pointermove", 2, 4],
      ["pointermove", 3, 6],
      ["pointermove", 4, 8],
      ["pointerup", 4, 8],
    ]);
    expect(samples[0]?.buttons).to.equal(1);
    expect(dispatched).to.have.length(5);
    pad.remove();
  });

  it("reports trusted mouse moves, presses and releases", async () => {
    const pad = await mountPad((p) => (p.height = 200));
    const box = pad.getBoundingClientRect();
    const left = Math.round(box.left);
    const top = Math.round(box.top);
    await sendMouse({ type: "move", position: [left + 10, top + 10] });
    await sendMouse({ type: "down" });
    await sendMouse({ type: "move", position: [left + 60, top + 80] });
    await sendMouse({ type: "up" });
    const samples = drain(pad);
    const types = new Set(samples.map((s) => s.type));
    expect([...types].sort()).to.deep.equal(["pointerdown", "pointermove", "pointerup"]);
    const up = samples.find((s) => s.type === "pointerup") as EventSample;
    expect(up.x).to.be.closeTo(60 + left - box.left, 1);
    expect(up.y).to.be.closeTo(80 + top - box.top, 1);
    expect(up.pointerType).to.equal("mouse");
    expect(samples.every((s) => s.node === "pad")).to.equal(true);
    pad.remove();
  });
});
