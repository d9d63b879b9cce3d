// Proves the test harness: Lit, @lit-labs/signals and the real BokehJS load and render in headless Chromium.
import { expect } from "chai";
import { LitElement, html } from "lit";
import { SignalWatcher, signal } from "@lit-labs/signals";
import { Bokeh } from "../../components/bokeh.js";

const greeting = signal("hello");

class HarnessGreeting extends SignalWatcher(LitElement) {
  override render() {
    return html`<p id="text">${greeting.get()}</p>`;
  }
}
customElements.define("harness-greeting", HarnessGreeting);

describe("test harness", () => {
  it("renders a Lit element and re-renders it when a signal changes", async () => {
    const element = document.createElement("harness-greeting") as HarnessGreeting;
    document.body.append(element);
    await element.updateComplete;
    const text = () => element.shadowRoot?.querySelector("#text")?.textContent;
    expect(text()).to.equal("hello");
    greeting.set("world");
    await element.updateComplete;
    expect(text()).to.equal("world");
    element.remove();
  });

  it("renders a real BokehJS figure into a canvas", async () => {
    const host = document.createElement("div");
    document.body.append(host);
    const figure = Bokeh.Plotting.figure({ width: 300, height: 200, title: "harness" });
    const source = new Bokeh.ColumnDataSource({ data: { x: [1, 2, 3], y: [3, 1, 2] } });
    figure.scatter({ field: "x" }, { field: "y" }, { source });
    const view = await Bokeh.Plotting.show(figure, host);
    expect(view.model).to.equal(figure);
    expect(host.querySelector("*")).to.not.equal(null);
    const canvas = view.shadow_el.querySelector("canvas") ?? findCanvas(view.el);
    expect(canvas, "a canvas inside the plot").to.not.equal(null);
    expect(canvas?.width).to.be.greaterThan(0);
    view.remove();
    host.remove();
  });
});

function findCanvas(root: Element): HTMLCanvasElement | null {
  const direct = root.querySelector("canvas");
  if (direct) return direct;
  for (const element of root.querySelectorAll("*")) {
    const inner = element.shadowRoot ? findCanvas(element.shadowRoot as unknown as Element) : null;
    if (inner) return inner;
  }
  return root.shadowRoot ? findCanvas(root.shadowRoot as unknown as Element) : null;
}
