// Tests of the full event sample in Chromium: pointer, keyboard, input, wheel, custom-event and file fields, the id
// path of the actual target and absolute time, with trusted input (sendMouse, sendKeys) where the browser has it.
import { expect } from "chai";
import { css } from "lit";
import { sendKeys, sendMouse } from "@web/test-runner-commands";
import { ReactiveHTML } from "../../components/reactive-html.js";
import { SampleError, serializeEvent, type EventSample } from "../../components/events.js";

class SampleView extends ReactiveHTML {
  static override template =
    '<ul id="list"><li id="item-0"><span id="label-0">zero</span></li><li id="item-1"><b>one</b></li></ul>' +
    '<input id="text"><input id="file" type="file"><div id="pad"></div>';
  static override styles = css`
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: block;
      height: 40px;
      width: 200px;
    }
    #pad {
      width: 200px;
      height: 100px;
    }
  `;
}
customElements.define("test-sample-view", SampleView);

async function mount(): Promise<SampleView> {
  const view = document.createElement("test-sample-view") as SampleView;
  document.body.append(view);
  await view.updateComplete;
  return view;
}

function part<T extends HTMLElement = HTMLElement>(view: SampleView, id: string): T {
  const node = view.shadowRoot?.getElementById(id);
  if (!node) throw new Error(`no #${id} in ${view.localName}`);
  return node as T;
}

function center(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe("event samples", () => {
  it("reports a trusted pointer's id, primacy, contact size and movement since the previous move", async () => {
    const view = await mount();
    const seen: EventSample[] = [];
    view.onEvent("pad", "pointermove", (sample) => seen.push(sample));
    const [x, y] = center(part(view, "pad"));
    await sendMouse({ type: "move", position: [x - 20, y - 10] });
    await sendMouse({ type: "move", position: [x, y] });
    await nextFrame();
    const last = seen.at(-1) as EventSample;
    expect(last).to.include({ pointerType: "mouse", isPrimary: true, movementX: 20, movementY: 10 });
    expect(last.pointerId).to.be.a("number").and.not.equal(-1);
    expect(last.width).to.be.at.least(1);
    expect(last.height).to.be.at.least(1);
    expect(last).to.include({ tiltX: 0, tiltY: 0, twist: 0, detail: null, target: "pad" });
    expect(last.targetPath).to.deep.equal([]);
    view.remove();
  });

  it("names the actual target inside the bound node by the ids on its way down from the node", async () => {
    const view = await mount();
    const seen: EventSample[] = [];
    view.onEvent("list", "click", (sample) => seen.push(sample));
    await sendMouse({ type: "click", position: center(part(view, "label-0")) });
    await sendMouse({ type: "click", position: center(view.shadowRoot?.querySelector("b") as Element) });
    expect(seen.map((sample) => [sample.node, sample.target, sample.targetPath])).to.deep.equal([
      ["list", "label-0", ["item-0", "label-0"]],
      ["list", "item-1", ["item-1"]],
    ]);
    view.remove();
  });

  it("gives absolute time: performance.timeOrigin plus the event's timeStamp", async () => {
    const view = await mount();
    const seen: EventSample[] = [];
    view.onEvent("pad", "click", (sample) => seen.push(sample));
    const before = Date.now();
    await sendMouse({ type: "click", position: center(part(view, "pad")) });
    const sample = seen[0] as EventSample;
    expect(sample.time).to.equal(performance.timeOrigin + sample.t);
    expect(sample.time).to.be.within(before - 1000, Date.now() + 1);
    view.remove();
  });

  it("reports trusted keys (repeat on a held key) and the text input they make (inputType, data)", async () => {
    const view = await mount();
    const seen: EventSample[] = [];
    for (const type of ["keydown", "input"]) view.onEvent("text", type, (sample) => seen.push(sample));
    part(view, "text").focus();
    await sendKeys({ down: "a" });
    await sendKeys({ down: "a" });
    await sendKeys({ up: "a" });
    expect(seen.map((s) => [s.type, s.key, s.repeat, s.isComposing, s.inputType, s.data, s.value])).to.deep.equal([
      ["keydown", "a", false, false, "", "", ""],
      ["input", "", false, false, "insertText", "a", "a"],
      ["keydown", "a", true, false, "", "", "a"],
      ["input", "", false, false, "insertText", "a", "aa"],
    ]);
    view.remove();
  });

  it("reports the name, size and type of each chosen file of a file input", async () => {
    // Playwright's setInputFiles is not reachable through web-test-runner's commands: the files are set on the real
    // input through a DataTransfer, and a real (untrusted) change event is dispatched, as the browser would.
    const view = await mount();
    const seen: EventSample[] = [];
    view.onEvent("file", "change", (sample) => seen.push(sample));
    const transfer = new DataTransfer();
    transfer.items.add(new File(["x,y\n1,2\n"], "points.csv", { type: "text/csv" }));
    transfer.items.add(new File([new Uint8Array(1024)], "blob.bin"));
    const input = part<HTMLInputElement>(view, "file");
    input.files = transfer.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
    expect(seen[0]?.files).to.deep.equal([
      { name: "points.csv", size: 8, type: "text/csv" },
      { name: "blob.bin", size: 1024, type: "" },
    ]);
    expect(structuredClone(seen[0])).to.deep.equal(seen[0]);
    view.remove();
  });

  it("structured-clones a CustomEvent's detail into the sample", async () => {
    const view = await mount();
    const seen: EventSample[] = [];
    view.onEvent("list", "pick", (sample) => seen.push(sample));
    const detail = { item: 1, tags: ["a", "b"], at: new Date(5) };
    part(view, "item-1").dispatchEvent(new CustomEvent("pick", { detail, bubbles: true }));
    const sample = seen[0] as EventSample;
    expect(sample.detail).to.deep.equal(detail);
    expect(sample.detail).not.to.equal(detail);
    expect(sample).to.include({ target: "item-1" });
    view.remove();
  });

  it("refuses a CustomEvent detail that cannot be cloned, naming the event, the node and the fix", () => {
    const host = document.createElement("div");
    const event = new CustomEvent("pick", { detail: { onPick: () => 1 } });
    expect(() => serializeEvent(event, "list", host)).to.throw(
      SampleError,
      /^riv: the "pick" event of node "list" has a detail that cannot be structured-cloned \(.*\); put plain data in detail/,
    );
  });

  it("keeps a pen's tilt, twist, contact size and pressure, and a wheel's deltaZ and deltaMode", () => {
    const host = document.createElement("div");
    const pen = serializeEvent(
      new PointerEvent("pointerdown", {
        pointerId: 7,
        pointerType: "pen",
        isPrimary: false,
        tiltX: 30,
        tiltY: -15,
        twist: 90,
        width: 3,
        height: 4,
        pressure: 0.25,
      }),
      "pad",
      host,
    );
    expect(pen).to.include({ pointerId: 7, pointerType: "pen", isPrimary: false, tiltX: 30, tiltY: -15, twist: 90 });
    expect(pen).to.include({ width: 3, height: 4, pressure: 0.25 });
    const wheel = serializeEvent(new WheelEvent("wheel", { deltaY: 3, deltaZ: 2, deltaMode: 1 }), "pad", host);
    expect(wheel).to.include({ deltaY: 3, deltaZ: 2, deltaMode: 1, pointerId: -1, isPrimary: false });
  });

  it("reports a composition's data and isComposing", () => {
    const host = document.createElement("input");
    const composing = serializeEvent(
      new InputEvent("input", { inputType: "insertCompositionText", data: "に", isComposing: true }),
      "text",
      host,
    );
    expect(composing).to.include({ inputType: "insertCompositionText", data: "に", isComposing: true });
    const end = serializeEvent(new CompositionEvent("compositionend", { data: "日本" }), "text", host);
    expect(end).to.include({ data: "日本", inputType: "" });
  });

  it("gives every sample every field, the same keys in the same order, all structured-cloneable", () => {
    const host = document.createElement("input");
    const samples = [
      serializeEvent(new PointerEvent("pointermove"), "n", host),
      serializeEvent(new KeyboardEvent("keyup"), "n", host),
      serializeEvent(new InputEvent("input"), "n", host),
      serializeEvent(new CustomEvent("pick", { detail: [1] }), "n", host),
      serializeEvent(new WheelEvent("wheel"), "n", host),
    ];
    const keys = Object.keys(samples[0] as object);
    for (const sample of samples) {
      expect(Object.keys(sample)).to.deep.equal(keys);
      expect(structuredClone(sample)).to.deep.equal(sample);
    }
  });
});
