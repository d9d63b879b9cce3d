// Tests of event serialization: each kind of DOM event becomes the same plain, cloneable shape.
import { expect } from "chai";
import { serializeEvent } from "../../components/events.js";

describe("serializeEvent", () => {
  let host: HTMLDivElement;
  beforeEach(() => {
    host = document.createElement("div");
    host.style.cssText = "position: fixed; left: 40px; top: 30px; width: 100px; height: 50px";
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it("measures pointer positions from the bound node's box and keeps pointer details", () => {
    const event = new PointerEvent("pointerdown", {
      clientX: 55,
      clientY: 37,
      buttons: 1,
      button: 0,
      pointerType: "pen",
      pressure: 0.7,
      shiftKey: true,
    });
    const sample = serializeEvent(event, "pad", host);
    expect(sample).to.include({ type: "pointerdown", node: "pad", x: 15, y: 7, clientX: 55, clientY: 37 });
    expect(sample).to.include({ buttons: 1, button: 0, pointerType: "pen", shiftKey: true, altKey: false });
    expect(sample.pressure).to.be.closeTo(0.7, 1e-6);
    expect(sample.t).to.equal(event.timeStamp);
  });

  it("uses a given box instead of measuring the node again", () => {
    const sample = serializeEvent(new MouseEvent("mousemove", { clientX: 10, clientY: 10 }), "n", host, {
      left: 4,
      top: 6,
    });
    expect(sample).to.include({ x: 6, y: 4, pointerType: "", pressure: 0 });
  });

  it("serializes keys, wheel deltas and form values", () => {
    expect(
      serializeEvent(new KeyboardEvent("keydown", { key: "a", code: "KeyA", ctrlKey: true }), "n", host),
    ).to.include({
      key: "a",
      code: "KeyA",
      ctrlKey: true,
      x: 0,
      button: -1,
    });
    expect(serializeEvent(new WheelEvent("wheel", { deltaX: 3, deltaY: -120 }), "n", host)).to.include({
      deltaX: 3,
      deltaY: -120,
    });
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = "yes";
    expect(serializeEvent(new Event("change"), "box", box)).to.include({ value: "yes", checked: true });
  });

  it("gives every event the same fields, all structured-cloneable", () => {
    const samples = [
      serializeEvent(new PointerEvent("pointermove"), "n", host),
      serializeEvent(new KeyboardEvent("keyup"), "n", host),
      serializeEvent(new Event("input"), "n", host),
    ];
    const keys = Object.keys(samples[0] as object);
    for (const sample of samples) {
      expect(Object.keys(sample)).to.deep.equal(keys);
      expect(structuredClone(sample)).to.deep.equal(sample);
    }
  });
});
