// Tests of the stream/signal bridges: a stream drives a signal (and a template), a signal feeds a stream.
import { expect } from "chai";
import { signal, computed } from "@lit-labs/signals";
import { SignalSink, fromSignal, toSignal } from "../../components/signals.js";
import { defineComponent } from "../../components/define-component.js";
import { Stream } from "../../stream/stream.js";
import "../../stream/operators/sink.js";
import "../../stream/operators/map.js";

const microtask = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe("toSignal", () => {
  it("holds the initial value, then the stream's latest", () => {
    const source = new Stream<number>();
    const value = toSignal(source, 0);
    expect(value.get()).to.equal(0);
    void source.emit(1);
    void source.emit(2);
    expect(value.get()).to.equal(2);
  });

  it("stops following the stream when its sink node is destroyed", () => {
    const source = new Stream<string>();
    const node = new SignalSink(source, signal("a"));
    void source.emit("b");
    node.destroy();
    void source.emit("c");
    expect(node.signal.get()).to.equal("b");
  });

  it("drives a component's template from a stream", async () => {
    const Readout = defineComponent({
      tag: "signals-test-readout",
      template: '<output id="out">${value}</output>',
      properties: { value: { attribute: false } },
    });
    const source = new Stream<number>();
    const element = new Readout();
    element.value = toSignal(
      source.map((x: number) => x * 10),
      0,
    );
    document.body.append(element);
    await element.updateComplete;
    const text = () => element.shadowRoot?.getElementById("out")?.textContent;
    expect(text()).to.equal("0");
    void source.emit(4);
    await microtask();
    await element.updateComplete;
    expect(text()).to.equal("40");
    element.remove();
  });
});

describe("fromSignal", () => {
  it("emits the current value on start and each change, coalescing changes made in one task", async () => {
    const count = signal(1);
    const seen: number[] = [];
    const source = fromSignal(count);
    source.sink((x: number) => void seen.push(x));
    await microtask();
    expect(seen).to.deep.equal([1]);
    count.set(2);
    count.set(3);
    await microtask();
    await microtask();
    expect(seen).to.deep.equal([1, 3]);
    count.set(4);
    await microtask();
    await microtask();
    expect(seen).to.deep.equal([1, 3, 4]);
    source.stop();
  });

  it("follows a computed signal and emits nothing after stop", async () => {
    const base = signal(2);
    const doubled = computed(() => base.get() * 2);
    const seen: number[] = [];
    const source = fromSignal(doubled, { start: false });
    source.sink((x: number) => void seen.push(x));
    source.start();
    base.set(5);
    await microtask();
    await microtask();
    source.stop();
    base.set(7);
    await microtask();
    await microtask();
    expect(seen).to.deep.equal([4, 10]);
  });
});
