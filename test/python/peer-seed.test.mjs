// The benchmark peer, the write-up's Panel + HoloViews + streamz pipeline (bench/peer-seed/app.py): trusted pointer
// moves over its plot in headless Chromium reach the streamz stream, which counts them and draws them back.
import { expect } from "chai";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { screenshotDir } from "../../scripts/screenshot-plugin.mjs";
import { peerFigureView, startPeerSeed } from "../../bench/peer-seed/serve.mjs";

/** Hang guard for each wait below; every wait is on a condition. */
const hangGuardMs = 60_000;

/** Resolves once `condition()` resolves truthy, checking every 50 ms; throws naming `what` after the guard. */
async function until(what, condition) {
  const deadline = performance.now() + hangGuardMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`still waiting after ${hangGuardMs} ms until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the write-up's pipeline (bench/peer-seed)", function () {
  this.timeout(180_000);
  let peer;
  let browser;

  before(async () => {
    [peer, browser] = await Promise.all([startPeerSeed(), chromium.launch(chromiumLaunchOptions())]);
  });

  after(async () => {
    await browser?.close();
    await peer?.stop();
  });

  it("counts trusted pointer moves in its streamz stream and draws them back on the plot", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(peer.url);
    const view = await page.waitForFunction(peerFigureView, undefined, { timeout: hangGuardMs });
    const area = await page.evaluate((figure) => {
      const canvas = figure.canvas_view.el.getBoundingClientRect();
      const { left, top, width, height } = figure.frame.bbox;
      return { left: canvas.left + left, top: canvas.top + top, width, height };
    }, view);
    const rowsDrawn = () =>
      page.evaluate((figure) => Math.max(0, ...figure.model.renderers.map((r) => r.data_source.data.x.length)), view);
    expect(await rowsDrawn()).to.equal(0);

    for (let i = 1; i <= 20; i += 1) {
      await page.mouse.move(area.left + (area.width * i) / 21, area.top + area.height / 2);
    }

    const counted = () => peer.rates.reduce((sum, n) => sum + n, 0);
    await until("the stream has counted a move", () => counted() > 0);
    await until("a move is drawn back on the plot", async () => (await rowsDrawn()) > 0);
    expect(counted()).to.be.within(1, 20);
    expect(errors).to.deep.equal([]);
    await page.screenshot({ path: `${screenshotDir}/peer-seed.png` });
    await view.dispose();
    await page.close();
  });
});
