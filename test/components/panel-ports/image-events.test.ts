// The seed's image example (Panel's Image(ReactiveHTML) with on_event) as a user gets it: its page from the test
// server, rivulet from dist/. Trusted pointer moves over the image reach the queue and the readouts, and the page
// loads no BokehJS: the requests and bytes it needs are counted and printed.
import { expect } from "chai";
import { executeServerCommand, resetMouse, sendMouse, setViewport } from "@web/test-runner-commands";

const exampleUrl = new URL("/examples/image-events/", location.href).href;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function until(what: () => string, condition: () => boolean, ms = 120_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`still waiting after ${ms} ms until ${what()}`);
    await nextFrame();
  }
}

describe("Panel port: the seed's image example", function () {
  this.timeout(180_000);
  afterEach(() => resetMouse());

  it("reports trusted pointer moves over the image and loads no BokehJS", async () => {
    await setViewport({ width: 900, height: 700 });
    const frame = document.createElement("iframe");
    frame.style.cssText = "width: 860px; height: 640px; border: 0; display: block";
    frame.src = exampleUrl;
    const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const inner = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument as Document;
    await inner.customElements.whenDefined("image-view");
    const view = doc.querySelector("image-view") as HTMLElement & { updateComplete: Promise<boolean> };
    await view.updateComplete;
    const img = view.shadowRoot?.getElementById("img") as HTMLImageElement;
    await until(
      () => "the dice image has loaded",
      () => img.complete && img.naturalWidth > 0,
    );

    const box = img.getBoundingClientRect();
    const frameBox = frame.getBoundingClientRect();
    const y = Math.round(frameBox.top + box.top + box.height / 2);
    for (let x = 40; x <= 440; x += 40)
      await sendMouse({ type: "move", position: [Math.round(frameBox.left + box.left + x), y] });
    const where = doc.getElementById("where") as HTMLElement;
    await until(
      () => `#where shows a position (now "${where.textContent ?? ""}")`,
      () => where.textContent?.startsWith("x ") === true,
    );
    const rate = doc.querySelector("riv-rate") as HTMLElement;
    await until(
      () => `the rate shows moves (now "${rate.shadowRoot?.textContent ?? ""}")`,
      () => /[1-9]/.test(rate.shadowRoot?.textContent ?? ""),
    );
    await executeServerCommand("save-screenshot", { name: "panel-port-image-events.png" });

    const resources = inner.performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    const bytes = resources.reduce((total, entry) => total + entry.encodedBodySize, 0);
    const bokeh = resources.filter((entry) => entry.name.includes("bokeh"));
    console.log(
      `image-events: ${resources.length} requests, ${(bytes / 1024).toFixed(0)} KiB, ${bokeh.length} from BokehJS`,
    );
    expect(bokeh.map((entry) => entry.name)).to.deep.equal([]);
    frame.remove();
  });
});
