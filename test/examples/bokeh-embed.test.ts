// Loads the Bokeh-embed example (stock BokehJS classic scripts, then dist/rivulet-bokeh.js) under a strict CSP in an
// iframe, moves the pointer over its rivulet pad with trusted mouse moves and checks the document's source, the
// figure and a slider change reaching the element.
import { expect } from "chai";
import { executeServerCommand, resetMouse, sendMouse, setViewport } from "@web/test-runner-commands";

interface CspRecord {
  readonly violations: readonly { directive: string; blocked: string }[];
  readonly errors: readonly string[];
}

/** The parts of the embedded BokehJS document the test reads. */
interface EmbeddedModel {
  readonly data: Record<string, unknown[]>;
  value: number;
  readonly document: { get_model_by_name(name: string): EmbeddedModel | null } | null;
}

interface BokehGlobal {
  readonly index: Record<string, { model: EmbeddedModel }>;
}

const hangGuardMs = 150_000;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function until(what: () => string, condition: () => boolean): Promise<void> {
  const deadline = performance.now() + hangGuardMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`still waiting after ${hangGuardMs} ms until ${what()}`);
    await nextFrame();
  }
}

/** Every element at or below `root`, through shadow roots. */
function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll("*")].flatMap((element) => [
    element,
    ...(element.shadowRoot ? deepElements(element.shadowRoot) : []),
  ]);
}

describe("examples/bokeh-embed", function () {
  this.timeout(180_000);
  afterEach(() => resetMouse());

  it("streams trusted pointer moves over the pad into the document's source, and a slider change reaches the pad", async () => {
    await setViewport({ width: 940, height: 800 });
    const frame = document.createElement("iframe");
    frame.style.cssText = "width: 900px; height: 760px; border: 0; display: block";
    frame.src = "/examples/bokeh-embed/?csp=data-images";
    const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    if (frame.contentWindow === null) throw new Error("the example frame has no window");
    const inner: { Bokeh?: BokehGlobal; rivuletCsp?: CspRecord } = frame.contentWindow as object;
    const pad = () => deepElements(frame.contentDocument ?? document).find((e) => e.localName === "riv-pad");
    await until(
      () => `the pad is shown (page errors: ${JSON.stringify(inner.rivuletCsp)})`,
      () => (pad()?.getBoundingClientRect().height ?? 0) > 100,
    );
    const padElement = pad() as HTMLElement & { height: number };
    const rootModel = Object.values(inner.Bokeh?.index ?? {})[0]?.model;
    const padModel = rootModel?.document?.get_model_by_name("pad");
    const slider = rootModel?.document?.get_model_by_name("height");
    const source = (padModel as unknown as { source: EmbeddedModel } | null)?.source;
    if (!source || !slider) throw new Error("the embedded document has no pad with a source, or no slider");
    expect(source.data.x).to.have.length(0);

    const box = padElement.getBoundingClientRect();
    const points = Array.from({ length: 12 }, (_, i) => ({ x: box.left + 20 + i * 25, y: box.top + 30 + i * 15 }));
    const offset = frame.getBoundingClientRect(); // sendMouse takes the top page's coordinates
    for (const point of points) {
      await sendMouse({
        type: "move",
        position: [Math.round(offset.left + point.x), Math.round(offset.top + point.y)],
      });
    }
    await until(
      () => `the source has the moves (now ${source.data.x?.length ?? 0} rows)`,
      () => (source.data.x?.length ?? 0) >= points.length,
    );
    expect(new Set(source.data.type)).to.deep.equal(new Set(["pointermove"]));
    const last = points.at(-1)!;
    expect(source.data.x!.at(-1)).to.be.closeTo(last.x - box.left, 2);
    expect(source.data.y!.at(-1)).to.be.closeTo(last.y - box.top, 2);
    for (const t of source.data.t as number[]) expect(t).to.be.a("number").and.greaterThan(0);

    slider.value = 200;
    await until(
      () => `the pad follows the slider (height ${padElement.height}, ${padElement.getBoundingClientRect().height} px)`,
      () => padElement.height === 200 && Math.round(padElement.getBoundingClientRect().height) === 200,
    );
    await executeServerCommand("save-screenshot", { name: "bokeh-embed.png" });
    expect(inner.rivuletCsp?.violations, "CSP violations").to.deep.equal([]);
    expect(inner.rivuletCsp?.errors, "errors").to.deep.equal([]);
    frame.remove();
  });
});
