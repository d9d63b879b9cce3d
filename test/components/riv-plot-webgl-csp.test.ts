// Tests of a WebGL <riv-plot> from dist/rivulet.bundle.js under a real Content-Security-Policy header: BokehJS's
// WebGL backend runs regl, which builds its draw calls with Function(), so it needs 'unsafe-eval'; under plain
// default-src 'self' the plot is still drawn, on the canvas, and the page reports the one blocked eval.
import { expect } from "chai";
import type { RivPlot } from "../../components/riv-plot.js";

/** What the CSP plugin's probe records in the page. */
interface CspRecord {
  readonly violations: readonly { directive: string; blocked: string }[];
  readonly errors: readonly string[];
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function until(what: () => string, condition: () => boolean, frames = 1200): Promise<void> {
  for (let frame = 0; frame < frames; frame += 1) {
    if (condition()) return;
    await nextFrame();
  }
  throw new Error(`riv-plot-webgl-csp: not true within ${frames} frames: ${what()}`);
}

function glyphOnWebgl(plot: RivPlot): boolean | undefined {
  const renderer = plot.figure.renderers[0];
  const view = renderer === undefined ? undefined : plot.view?.renderer_views.get(renderer);
  return view === undefined ? undefined : "has_webgl" in view && view.has_webgl === true;
}

/** Pixels of the plot's canvas that are clearly blue: the glyph's colour. */
function bluePixels(plot: RivPlot): number {
  const search = (root: ParentNode): HTMLCanvasElement | null =>
    root.querySelector("canvas") ??
    [...root.querySelectorAll("*")].reduce<HTMLCanvasElement | null>(
      (found, element) => found ?? (element.shadowRoot ? search(element.shadowRoot) : null),
      null,
    );
  const canvas = plot.shadowRoot ? search(plot.shadowRoot) : null;
  const data = canvas?.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
    if (a > 0 && b > r + 60 && b > g + 20) count += 1;
  }
  return count;
}

/** Loads the WebGL page under `policy`, streams a diagonal and waits until it is drawn. */
async function drawUnder(policy: string): Promise<{ frame: HTMLIFrameElement; plot: RivPlot; record: CspRecord }> {
  const frame = document.createElement("iframe");
  frame.style.cssText = "width: 900px; height: 500px; border: 0";
  frame.src = `/test/components/riv-plot-webgl-csp.html?csp=${policy}`;
  const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const inner = frame.contentWindow;
  const record = inner === null ? undefined : (Reflect.get(inner, "rivuletCsp") as CspRecord | undefined);
  const plot = frame.contentDocument?.querySelector("riv-plot");
  if (inner === null || record === undefined || !plot) throw new Error(`${policy}: the page or its probe is missing`);
  await inner.customElements.whenDefined("riv-plot");
  await until(
    () => `${policy}: the plot is shown`,
    () => glyphOnWebgl(plot) !== undefined,
  );
  const xs = Array.from({ length: 100 }, (_, i) => i);
  plot.stream({ x: xs, y: xs });
  await until(
    () => `${policy}: the points are drawn (${bluePixels(plot)} blue pixels)`,
    () => bluePixels(plot) > 200,
  );
  return { frame, plot, record };
}

describe("a WebGL <riv-plot> under a Content-Security-Policy", function () {
  this.timeout(60_000);
  afterEach(() => document.querySelector("iframe")?.remove());

  it("draws with WebGL under default-src 'self'; script-src 'self' 'unsafe-eval', with no violation", async () => {
    const { plot, record } = await drawUnder("webgl-eval");
    expect(glyphOnWebgl(plot)).to.equal(true);
    expect(record.violations).to.deep.equal([]);
    expect(record.errors).to.deep.equal([]);
  });

  it("draws on the canvas under default-src 'self', reporting only the eval it blocked", async () => {
    const { plot, record } = await drawUnder("strict");
    expect(plot.figure.output_backend).to.equal("webgl");
    expect(glyphOnWebgl(plot)).to.equal(false);
    // Chromium reports a violation in a task of its own, after the code that caused it.
    await until(
      () => "the blocked eval is reported",
      () => record.violations.length > 0,
    );
    expect(record.violations.map(({ directive, blocked }) => `${directive} ${blocked}`)).to.deep.equal([
      "script-src eval",
    ]);
    expect(record.errors).to.deep.equal([]);
  });
});
