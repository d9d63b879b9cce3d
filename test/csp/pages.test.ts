// Loads every example page and two pages of the browser bundle as a user gets them, served with a strict
// Content-Security-Policy header (scripts/csp-plugin.mjs), and checks that nothing is blocked and every plot is drawn.
import { expect } from "chai";
import { executeServerCommand, setViewport } from "@web/test-runner-commands";
import type { RivPlot } from "../../components/riv-plot.js";
import { canvases } from "../examples/example-page.js";

/** What the plugin's probe records in the page. */
interface CspRecord {
  readonly violations: readonly { directive: string; blocked: string; source: string; element: string }[];
  readonly errors: readonly string[];
}

interface LoadedPage {
  readonly frame: HTMLIFrameElement;
  readonly record: CspRecord;
  readonly plots: readonly RivPlot[];
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Waits, frame by frame, until `condition` holds; fails after `ms` real milliseconds, saying what it waited for. */
async function until(what: () => string, condition: () => boolean, ms = 20_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${ms} ms waiting until ${what()}`);
    await nextFrame();
  }
}

/** Loads `path` in an iframe, served with the named policy; resolves once every custom element has rendered. */
async function loadUnderCsp(path: string, policy: string): Promise<LoadedPage> {
  const frame = document.createElement("iframe");
  frame.style.cssText = "width: 900px; height: 760px; border: 0; display: block";
  frame.src = `${path}${path.includes("?") ? "&" : "?"}csp=${policy}`;
  const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const inner = frame.contentWindow;
  const record = inner === null ? undefined : (Reflect.get(inner, "rivuletCsp") as CspRecord | undefined);
  if (inner === null || record === undefined) throw new Error(`${path}: the CSP probe did not run in the page`);
  const elements = [...(frame.contentDocument?.querySelectorAll("*") ?? [])].filter((e) => e.localName.includes("-"));
  await Promise.all(elements.map((element) => inner.customElements.whenDefined(element.localName)));
  await Promise.all(elements.map((element) => Promise.resolve(Reflect.get(element, "updateComplete"))));
  const plots = elements.filter((element): element is RivPlot => element.localName === "riv-plot");
  return { frame, record, plots };
}

/** How many pixels of the plot's canvases are clearly blue: the default glyph colour, absent from axes and text. */
function bluePixels(plot: RivPlot): number {
  let count = 0;
  for (const canvas of canvases(plot)) {
    const context = canvas.getContext("2d");
    if (context === null || canvas.width === 0 || canvas.height === 0) continue;
    const { data } = context.getImageData(0, 0, canvas.width, Math.min(canvas.height, 4096));
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
      if (a > 0 && b > r + 60 && b > g + 20) count += 1;
    }
  }
  return count;
}

const plotHeight = (plot: RivPlot) => Math.round(plot.getBoundingClientRect().height);

/** Draws a diagonal of points on `plot` and waits until they are on its canvas, at the plot's own height. */
async function drawDiagonal(page: string, plot: RivPlot): Promise<void> {
  await until(
    () => `${page}: the plot is shown (height now ${plotHeight(plot)} px)`,
    () => plot.view !== undefined && canvases(plot).length > 0,
  );
  const xs = Array.from({ length: 50 }, (_, i) => 2 * i);
  plot.stream(Object.fromEntries(plot.columns.map((name) => [name, xs])));
  await until(
    () => `${page}: the points are drawn (blue pixels ${bluePixels(plot)}, height ${plotHeight(plot)} px)`,
    () => bluePixels(plot) > 100,
  );
  // BokehJS lays the plot out at the height asked for; a toolbar or title may not add more than a few rows.
  expect(plotHeight(plot), `${page}: height of <riv-plot height="${plot.height}">`).to.be.within(
    plot.height,
    plot.height + 40,
  );
}

/** Every element at or below `root`, through shadow roots. */
function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll("*")].flatMap((element) => [
    element,
    ...(element.shadowRoot ? deepElements(element.shadowRoot) : []),
  ]);
}

/**
 * Checks that `plot`'s toolbar draws its icons from the files of dist/bokeh-icons/: each tool button's mask image
 * is such a file, and the page loaded every one of them.
 */
async function expectIconFiles(page: string, frame: HTMLIFrameElement, plot: RivPlot): Promise<void> {
  const inner = frame.contentWindow;
  if (inner === null) throw new Error(`${page}: the frame has no window`);
  const buttons = deepElements(plot.shadowRoot ?? plot).filter((element) => element.classList.contains("bk-tool-icon"));
  expect(buttons.length, `${page}: tool buttons`).to.be.greaterThan(2);
  const masks = buttons.map((button) => {
    const style = inner.getComputedStyle(button);
    return style.getPropertyValue("mask-image") || style.getPropertyValue("-webkit-mask-image");
  });
  const files = masks.map((mask) => /url\("([^"]*)"\)/.exec(mask)?.[1] ?? mask);
  for (const file of files)
    expect(new URL(file).pathname, `${page}: a tool icon`).to.match(/^\/dist\/bokeh-icons\/\w+\.svg$/);
  const loaded = () =>
    inner.performance
      .getEntriesByType("resource")
      .filter((entry) => files.includes(entry.name) && Reflect.get(entry, "responseStatus") === 200).length;
  await until(
    () => `${page}: the page loaded its ${new Set(files).size} tool icons (${loaded()} so far)`,
    () => loaded() === new Set(files).size,
  );
}

/** Loads `path` under `policy`, draws on every plot at its height, checks for errors and saves a screenshot. */
async function checkPage(path: string, policy: string): Promise<LoadedPage> {
  const page = await loadUnderCsp(path, policy);
  for (const plot of page.plots) await drawDiagonal(path, plot);
  const name = `csp-${policy}${path.replaceAll(/[/.]+/g, "-").replace(/-(html)?-?$/, "")}.png`;
  if (page.plots.length > 0) await executeServerCommand("save-screenshot", { name });
  expect(page.record.errors, `${path}: errors`).to.deep.equal([]);
  return page;
}

describe("pages under a strict Content-Security-Policy", function () {
  // Each page loads BokehJS from scratch; a loaded machine may need the time.
  this.timeout(60_000);
  let page: LoadedPage | undefined;
  let paths: string[] = [];

  before(async () => {
    paths = await executeServerCommand<string[], undefined>("csp-example-pages");
    expect(paths, "example pages found by the server").to.include("/examples/mouse-movements/");
  });

  beforeEach(() => setViewport({ width: 940, height: 800 }));

  afterEach(() => {
    page?.frame.remove();
    page = undefined;
  });

  it("shows every example page under default-src 'self' with no violation and its toolbar icons", async () => {
    for (const path of paths) {
      page = await checkPage(path, "strict");
      for (const plot of page.plots) await expectIconFiles(path, page.frame, plot);
      expect(page.record.violations, `${path}: violations`).to.deep.equal([]);
      page.frame.remove();
    }
  });

  it("shows every example page under default-src 'self'; img-src 'self' data: with no violation", async () => {
    for (const path of paths) {
      page = await checkPage(path, "data-images");
      expect(page.record.violations, `${path}: violations`).to.deep.equal([]);
      page.frame.remove();
    }
  });

  it("draws a plot of dist/rivulet.bundle.js at its height with its toolbar icons and no violation", async () => {
    page = await checkPage("/test/csp/bundle-plot.html", "strict");
    expect(page.plots).to.have.length(1);
    for (const plot of page.plots) await expectIconFiles("bundle-plot.html", page.frame, plot);
    expect(page.record.violations).to.deep.equal([]);
    page.frame.remove();
    page = await checkPage("/test/csp/bundle-plot.html", "data-images");
    expect(page.record.violations).to.deep.equal([]);
  });

  it("adds nothing blocked to a page that imports the bundle but shows no plot", async () => {
    page = await checkPage("/test/csp/bundle-no-plot.html", "strict");
    expect(page.plots).to.have.length(0);
    expect(page.frame.contentDocument?.querySelector("riv-rate")?.shadowRoot?.textContent).to.include("events/s");
    expect(page.record.violations).to.deep.equal([]);
  });
});

describe("a plot whose styles a strict Content-Security-Policy blocks", function () {
  this.timeout(60_000);
  let page: LoadedPage | undefined;

  afterEach(() => {
    page?.frame.remove();
    page = undefined;
  });

  it("keeps its height and draws in a browser without constructable stylesheets", async () => {
    const path = "/test/csp/old-browser-plot.html";
    page = await loadUnderCsp(path, "strict");
    const [plot] = page.plots;
    if (plot === undefined) throw new Error(`${path} has no <riv-plot>`);
    await drawDiagonal(path, plot);
    await executeServerCommand("save-screenshot", { name: "csp-strict-test-csp-old-browser-plot.png" });
    // The page really is unstyled: BokehJS's and Lit's <style> elements are blocked.
    expect(page.record.violations.map((v) => v.directive)).to.include("style-src-elem");
    // Until the guard holds the figure, BokehJS's layout grows it once; the browser reports that and nothing else.
    const loop = "ResizeObserver loop completed with undelivered notifications.";
    expect(page.record.errors.filter((error) => error !== loop)).to.deep.equal([]);
  });
});
