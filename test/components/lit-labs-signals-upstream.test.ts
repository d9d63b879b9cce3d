// Documents two upstream leaks of @lit-labs/signals 0.3.0: SignalWatcher keeps every element it ever watched
// (lit/lit#5364; ReactiveHTML works around it in components/signal-tracker.ts), and the watch() directive keeps
// what it rendered once disconnected. When a test here fails, that leak is fixed upstream.
import { collectGarbage, countResources } from "../harness/lifecycle.js";
import { expect } from "chai";
import { LitElement, html, render } from "lit";
import { SignalWatcher, signal, watch } from "@lit-labs/signals";

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

describe("@lit-labs/signals 0.3.0 watch() (upstream)", () => {
  // watch.js, WatchDirective: __watch() calls `watcher.watch(this.__computed)`, but __unwatch() calls
  // `watcher.unwatch(this.__signal)`, which that watcher never watched. So the computed stays live under the
  // module's hostless watcher (or the host's), and its closure keeps the directive, its part and the DOM around it.
  it("keeps what it rendered after the part is cleared and disconnected", async () => {
    const shared = signal("shown");
    const renderAndClear = (): void => {
      const host = document.body.appendChild(document.createElement("div"));
      render(html`<p>${watch(shared)}</p>`, host);
      host.remove();
      render(null, host); // disconnects the directive
    };
    renderAndClear();
    const before = await countResources();
    for (let i = 0; i < 200; i += 1) renderAndClear();
    const after = await countResources();
    expect(
      after.nodes - before.nodes,
      "the upstream leak is gone: watch() may be used in long-lived pages",
    ).to.be.at.least(200);
  });
});
