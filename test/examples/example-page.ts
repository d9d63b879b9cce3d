// Loads an example page as a user gets it (its HTML from the test server, rivulet from dist/) into an iframe with an
// error trap, and the helpers its tests share: waiting on conditions, finding a plot's canvases and counting pixels.
import { resetMouse, sendMouse, setViewport } from "@web/test-runner-commands";
import type { RivPlot } from "../../components/riv-plot.js";

/**
 * Hang guards, not a pace: every wait is on a condition. A whole example, BokehJS included, is the heaviest page
 * load of the suite; on a starved machine it can take most of a minute.
 */
export const exampleTimeoutMs = 180_000;
const hangGuardMs = 150_000;

/** Runs before the example's own scripts and records every console error, uncaught error and rejection. */
export const errorTrap = `<script>
  window.rivuletErrors = [];
  const report = (...parts) => window.rivuletErrors.push(parts.map(String).join(" "));
  const consoleError = console.error.bind(console);
  console.error = (...parts) => { report(...parts); consoleError(...parts); };
  addEventListener("error", (event) => report(event.message));
  addEventListener("unhandledrejection", (event) => report("unhandled rejection:", event.reason));
</script>`;

/** An example loaded in a frame of the test page. */
export interface ExamplePage {
  readonly frame: HTMLIFrameElement;
  readonly document: Document;
  readonly window: Window;
  /** Console errors, uncaught errors and rejections of the page so far. */
  readonly errors: () => readonly string[];
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Waits, frame by frame, until `condition` holds; fails after the hang guard, naming what it waited for.
 *
 * @example
 * await until("the rate shows a number", () => rate.value > 0);
 */
export async function until(what: string, condition: () => boolean): Promise<void> {
  const deadline = performance.now() + hangGuardMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`still waiting after ${hangGuardMs} ms until ${what}`);
    await nextFrame();
  }
}

/**
 * Loads `/examples/<name>/<page>` into an iframe of `width` × `height` CSS px, in a viewport with room for it, and
 * resolves once every custom element on it is defined.
 *
 * @example
 * const example = await loadExample("drag-rate");
 * expect(example.errors()).to.deep.equal([]);
 */
export async function loadExample(name: string, { page = "index.html", width = 900, height = 760 } = {}) {
  await setViewport({ width: width + 40, height: height + 40 });
  const base = new URL(`/examples/${name}/`, location.href).href;
  const html = await (await fetch(`${base}${page}`)).text();
  const frame = document.createElement("iframe");
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  frame.srcdoc = html.replace("<head>", `<head><base href="${base}">${errorTrap}`);
  const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const inner = frame.contentWindow;
  const innerDocument = frame.contentDocument;
  if (inner === null || innerDocument === null) throw new Error(`examples/${name}: the frame has no document`);
  const tags = new Set([...innerDocument.querySelectorAll("*")].map((e) => e.localName).filter((t) => t.includes("-")));
  await Promise.all([...tags].map((tag) => inner.customElements.whenDefined(tag)));
  const errors = () => (Reflect.get(inner, "rivuletErrors") as string[] | undefined) ?? [];
  return { frame, document: innerDocument, window: inner, errors } satisfies ExamplePage;
}

/** The element matching `selector` in the example, or an error naming what the page lacks. */
export function required<E extends Element>(example: ExamplePage, selector: string): E {
  const found = example.document.querySelector<E>(selector);
  if (found === null) throw new Error(`the example has no ${selector}`);
  return found;
}

/** Every canvas inside the plot's shadow roots. */
export function canvases(plot: RivPlot): HTMLCanvasElement[] {
  const found: HTMLCanvasElement[] = [];
  const search = (root: ParentNode): void => {
    for (const element of root.querySelectorAll("*")) {
      if (element.localName === "canvas") found.push(element as HTMLCanvasElement);
      if (element.shadowRoot) search(element.shadowRoot);
    }
  };
  if (plot.shadowRoot) search(plot.shadowRoot);
  return found;
}

/** Resolves once the plot is laid out and has a canvas. */
export const plotShown = (plot: RivPlot) =>
  until("the plot is shown", () => (plot.view?.frame.bbox.width ?? 0) > 0 && canvases(plot).length > 0);

/** How many pixels of the plot's canvases pass `test(r, g, b)`; axes and text are grey. */
export function pixels(plot: RivPlot, test: (r: number, g: number, b: number) => boolean): number {
  let count = 0;
  for (const canvas of canvases(plot)) {
    const context = canvas.getContext("2d");
    if (context === null || canvas.width === 0) continue;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] ?? 0) > 0 && test(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0)) count += 1;
    }
  }
  return count;
}

/** A test for pixels near the CSS hex colour `hex` (e.g. "#2563eb"), within `tolerance` per channel. */
export function near(hex: string, tolerance = 40): (r: number, g: number, b: number) => boolean {
  const [r0, g0, b0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  return (r, g, b) => Math.abs(r - r0) <= tolerance && Math.abs(g - g0) <= tolerance && Math.abs(b - b0) <= tolerance;
}

/** Where data point (x, y) of `plot`, inside the example's frame, is in the test page: for `sendMouse`. */
export function pagePoint(example: ExamplePage, plot: RivPlot, x: number, y: number): [number, number] {
  const { left, top, width, height } = (plot.view as NonNullable<RivPlot["view"]>).frame.bbox;
  const [x0, x1] = plot.xRange as [number, number];
  const [y0, y1] = plot.yRange as [number, number];
  const canvas = (canvases(plot)[0] as HTMLCanvasElement).getBoundingClientRect();
  const outer = example.frame.getBoundingClientRect();
  return [
    Math.round(outer.left + canvas.left + left + ((x - x0) / (x1 - x0)) * width),
    Math.round(outer.top + canvas.top + top + height - ((y - y0) / (y1 - y0)) * height),
  ];
}

/** Trusted pointer moves over a plot, each awaited until the plot has delivered it (the browser merges moves). */
export interface PlotMover {
  /** Moves the pointer to data point (x, y) and waits until the plot reports the move. */
  move(x: number, y: number): Promise<void>;
  /** How many moves the plot has reported so far. */
  readonly delivered: number;
  /** Removes the counting binding. */
  stop(): void;
}

/**
 * Counts the plot's reported moves and moves the pointer over it with `sendMouse`, one delivered move at a time.
 *
 * @example
 * const mover = plotMover(example, plot);
 * for (const [x, y] of path) await mover.move(x, y);
 * mover.stop();
 */
export function plotMover(example: ExamplePage, plot: RivPlot): PlotMover {
  let delivered = 0;
  const stop = plot.onPlotEvent("pointermove", () => (delivered += 1));
  return {
    async move(x, y) {
      const before = delivered;
      await sendMouse({ type: "move", position: pagePoint(example, plot, x, y) });
      await until(`the move to (${x.toFixed(1)}, ${y.toFixed(1)}) is delivered`, () => delivered > before);
    },
    get delivered() {
      return delivered;
    },
    stop,
  };
}

/**
 * Mocha hooks for an example's tests: a hang guard fit for a whole example, and after each test the mouse released
 * and the example's frame removed. Returns a holder for the test's example.
 *
 * @example
 * const current = exampleHooks(this);
 * current.example = await loadExample("drag-rate");
 */
export function exampleHooks(suite: Mocha.Suite): { example: ExamplePage | undefined } {
  suite.timeout(exampleTimeoutMs);
  const current: { example: ExamplePage | undefined } = { example: undefined };
  suite.afterEach(async () => {
    await resetMouse();
    current.example?.frame.remove();
    current.example = undefined;
  });
  return current;
}
