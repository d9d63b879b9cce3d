// Checks components/bokeh-styles.ts with the real BokehJS: its CSS reaches shadow roots as adopted constructable
// stylesheets, never as <style> elements, and follows BokehJS's own updates and removals.
import { expect } from "chai";
import { Bokeh } from "../../components/bokeh.js";
import "../../components/riv-plot.js";
import type { RivPlot } from "../../components/riv-plot.js";

/** BokehJS's InlineStyleSheet, as much of it as these tests use. */
interface InlineStyleSheet {
  readonly css: string;
  install(target: Node): void;
  uninstall(): void;
  replace(css: string): void;
}

const { InlineStyleSheet } = (Bokeh as unknown as { require: (name: string) => unknown }).require("core/dom") as {
  InlineStyleSheet: new (css: string) => InlineStyleSheet;
};

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function until(what: string, condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${ms} ms waiting until ${what}`);
    await nextFrame();
  }
}

/** Every shadow root at or below `element`. */
function shadowRoots(element: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const search = (root: ShadowRoot): void => {
    roots.push(root);
    for (const inner of root.querySelectorAll("*")) if (inner.shadowRoot) search(inner.shadowRoot);
  };
  if (element.shadowRoot) search(element.shadowRoot);
  return roots;
}

const cssText = (sheets: readonly CSSStyleSheet[]) =>
  sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join("\n");

/** The <style> elements in `root` that the browser applies, and so a policy would block. */
const appliedStyles = (root: ParentNode) => [...root.querySelectorAll("style")].filter((style) => style.sheet !== null);

function newRoot(): ShadowRoot {
  const host = document.createElement("div");
  document.body.append(host);
  return host.attachShadow({ mode: "open" });
}

describe("BokehJS styles as adopted stylesheets", () => {
  const hosts: Element[] = [];

  afterEach(() => {
    for (const host of hosts.splice(0)) host.remove();
  });

  it("installs an InlineStyleSheet as an adopted sheet that follows replace and goes on uninstall", () => {
    const root = newRoot();
    hosts.push(root.host);
    const stylesheet = new InlineStyleSheet(":host { color: red; }");
    stylesheet.install(root);
    expect(appliedStyles(root).length, "applied <style> elements").to.equal(0);
    expect(cssText(root.adoptedStyleSheets)).to.equal(":host { color: red; }");
    stylesheet.replace(":host { color: blue; }");
    expect(cssText(root.adoptedStyleSheets)).to.equal(":host { color: blue; }");
    expect(stylesheet.css, "the text BokehJS reads back").to.equal(":host { color: blue; }");
    expect(getComputedStyle(root.host).color).to.equal("rgb(0, 0, 255)");
    stylesheet.uninstall();
    expect(root.adoptedStyleSheets).to.have.length(0);
  });

  it("moves an installed sheet to the root it is installed in next, as BokehJS's <style> element moved", () => {
    const [first, second] = [newRoot(), newRoot()];
    hosts.push(first.host, second.host);
    const stylesheet = new InlineStyleSheet(":host { display: none; }");
    stylesheet.install(first);
    stylesheet.install(second);
    expect(first.adoptedStyleSheets).to.have.length(0);
    expect(second.adoptedStyleSheets).to.have.length(1);
  });

  it("drops the sheets of a shadow root that BokehJS empties to render again, as it dropped its <style> elements", () => {
    const root = newRoot();
    hosts.push(root.host);
    new InlineStyleSheet(":host { color: red; }").install(root);
    // A view's render() empties its shadow root and installs new sheets for its CSS strings, without uninstalling.
    root.replaceChildren();
    new InlineStyleSheet(":host { color: blue; }").install(root);
    expect(cssText(root.adoptedStyleSheets)).to.equal(":host { color: blue; }");
  });

  it("leaves no <style> element in the shadow roots BokehJS put in <body> when it was imported", () => {
    const bokehAreas = [...document.body.children].filter((element) => element.shadowRoot !== null);
    expect(bokehAreas.length, "BokehJS's notifications and dialog areas").to.be.at.least(2);
    for (const area of bokehAreas) {
      expect(appliedStyles(area.shadowRoot ?? area).length, "applied <style> elements").to.equal(0);
      expect(area.shadowRoot?.adoptedStyleSheets.length).to.be.greaterThan(0);
    }
  });

  it("styles a shown plot with adopted sheets only, and resizes it when its container narrows", async () => {
    const container = document.createElement("div");
    container.style.width = "600px";
    const plot: RivPlot = document.createElement("riv-plot");
    plot.height = 250;
    plot.xRange = [0, 10];
    plot.yRange = [0, 10];
    container.append(plot);
    document.body.append(container);
    hosts.push(container);
    await until("the plot is shown", () => plot.view !== undefined);
    const roots = shadowRoots(plot);
    expect(roots.length, "shadow roots of the plot").to.be.greaterThan(3);
    expect(roots.flatMap(appliedStyles).length, "applied <style> elements").to.equal(0);
    const figure = () => plot.view?.el.getBoundingClientRect() ?? new DOMRect();
    await until("the figure is 600 x 250 px", () => figure().width === 600 && figure().height === 250);
    container.style.width = "400px";
    await until(`the figure is 400 px wide (now ${figure().width})`, () => figure().width === 400);
    expect(figure().height).to.equal(250);
  });
});
