// Documents an upstream leak that ReactiveHTML works around (components/signal-tracker.ts): @lit-labs/signals 0.3.0's
// SignalWatcher keeps every element it ever watched (lit/lit#5364). When this test fails, the upstream is fixed.
import { collectGarbage, countResources } from "../harness/lifecycle.js";
import { expect } from "chai";
import { LitElement, html } from "lit";
import { SignalWatcher } from "@lit-labs/signals";

class Watched extends SignalWatcher(LitElement) {
  protected override render(): unknown {
    return html`<p>watched</p>`;
  }
}
customElements.define("test-upstream-watched", Watched);

async function connectNew(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const element = new Watched();
    document.body.append(element);
    await element.updateComplete;
    element.remove();
  }
}

describe("@lit-labs/signals 0.3.0 SignalWatcher (upstream)", function () {
  this.timeout(60_000);

  // signal-watcher.js, __watch(): `elementForWatcher.set(watcher, this)` and
  // `elementFinalizationRegistry.register(this, watcher)`. The registry holds its held value (the watcher) strongly
  // until the element is collected, and the WeakMap entry keyed by that live watcher holds the element: a cycle
  // through a GC root that no disconnect breaks, since nothing unregisters the element.
  it("keeps every element it ever connected alive (lit/lit#5364)", async () => {
    await connectNew(10);
    const before = await countResources();
    await connectNew(200);
    const after = await countResources();
    const kept = after.nodes - before.nodes;
    expect(
      kept,
      "the upstream leak is gone: SignalTracker's workaround may be replaced by SignalWatcher",
    ).to.be.at.least(200);
  });

  it("rests on an engine rule: a FinalizationRegistry's held value keeps a WeakMap entry, and so its target, alive", async () => {
    const registry = new FinalizationRegistry<object>(() => undefined);
    const elementFor = new WeakMap<object, Element>();
    const refs = Array.from({ length: 10 }, () => {
      const element = document.createElement("div");
      const watcher = {};
      elementFor.set(watcher, element);
      registry.register(element, watcher);
      return new WeakRef(element);
    });
    const control = new WeakRef(document.createElement("div"));
    await collectGarbage();
    expect(control.deref(), "a plain element is collected").to.equal(undefined);
    expect(refs.filter((ref) => ref.deref() !== undefined)).to.have.length(10);
  });
});
