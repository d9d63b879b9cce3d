// Tests of <riv-rate>'s sparkline as a person sees it: a line of the last minute at a readable size, captioned
// with its peak and span, drawn in a screenshot to look at, and hidden entirely by sparkline="off".
import { expect } from "chai";
import { executeServerCommand, setViewport } from "@web/test-runner-commands";
import "../../components/riv-rate.js";
import { RateError, type RivRate } from "../../components/riv-rate.js";

/** A minute of pointer rates: quiet, a burst of movement, a pause, and a slower second burst. */
const minute = Array.from({ length: 60 }, (_, s) =>
  Math.round(s < 8 ? 0 : s < 25 ? 600 + 380 * Math.sin(s / 2.5) : s < 34 ? 20 : 300 + 180 * Math.sin(s / 3)),
);

async function mountRate(attributes: Record<string, string>, values: readonly number[]): Promise<RivRate> {
  const paragraph = document.createElement("p");
  paragraph.style.cssText = "font: 16px system-ui, sans-serif; margin: 24px";
  paragraph.append("Move the pointer over the plot. ");
  const rate = document.createElement("riv-rate");
  for (const [name, value] of Object.entries(attributes)) rate.setAttribute(name, value);
  paragraph.append(rate);
  document.body.append(paragraph);
  for (const value of values) rate.value = value;
  await rate.updateComplete;
  return rate;
}

const part = (rate: RivRate, id: string) => rate.shadowRoot?.querySelector(`#${id}`) ?? null;
const box = (rate: RivRate, id: string) => part(rate, id)?.getBoundingClientRect();

describe("<riv-rate> sparkline", () => {
  afterEach(() => {
    for (const rate of document.querySelectorAll("riv-rate")) rate.parentElement?.remove();
  });

  it("draws the last minute at a readable size, captioned with its peak and span", async () => {
    await setViewport({ width: 720, height: 100 });
    const rate = await mountRate({ label: "Pointer:", unit: "events/s" }, minute);
    const line = box(rate, "sparkline");
    expect(line?.width, "sparkline width in px").to.be.at.least(120);
    expect(line?.height, "sparkline height in px").to.be.at.least(30);
    expect(part(rate, "peak")?.textContent).to.equal(`peak ${Math.max(...minute)}`);
    expect(part(rate, "span")?.textContent).to.equal("last 60 s");
    const caption = box(rate, "caption");
    expect(caption?.left, "the caption is right of the line").to.be.at.least((line?.right ?? 0) - 1);
    await executeServerCommand("save-screenshot", { name: "riv-rate-sparkline.png" });
  });

  it("takes its caption from sparkline-label", async () => {
    const rate = await mountRate({ "sparkline-label": "last 5 min", history: "300" }, [1, 2]);
    expect(part(rate, "span")?.textContent).to.equal("last 5 min");
  });

  it("hides the sparkline and its caption with sparkline=off, and shows them again with on", async () => {
    const rate = await mountRate({ sparkline: "off" }, minute);
    expect(box(rate, "history")?.width).to.equal(0);
    expect(box(rate, "readout")?.width).to.be.greaterThan(0);
    rate.sparkline = "on";
    await rate.updateComplete;
    expect(rate.getAttribute("sparkline")).to.equal("on");
    expect(box(rate, "history")?.width).to.be.greaterThan(100);
    expect(() => (rate.sparkline = "hidden")).to.throw(
      RateError,
      'riv-rate: sparkline "hidden" is not "on" or "off"; use e.g. sparkline="off"',
    );
    expect(rate.sparkline).to.equal("on");
  });
});
