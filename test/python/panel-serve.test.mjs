// dist/rivulet-widget.js through Panel's AnyWidgetComponent in a real `panel serve` app (test/python/panel_app.py) on
// a free loopback port: trusted pointer moves in Chromium reach the app's Python callback, and a Python-side
// property change (a button's on_click) reaches the element.
import { expect } from "chai";
import { freePort } from "../../scripts/free-port.mjs";
import { openApp, serveApp } from "./serve-app.mjs";

describe("a rivulet element in a Panel app (panel serve)", function () {
  this.timeout(120_000);

  it("sends trusted pointer moves to the Python callback and follows Python's property change", async () => {
    const port = await freePort();
    const server = serveApp("panel", "test/python/panel_app.py", port);
    let browser;
    try {
      await server.ready;
      const app = await openApp(`http://127.0.0.1:${port}/panel_app`);
      ({ browser } = app);
      const { page, errors } = app;
      const pad = page.locator("riv-pad");
      await pad.waitFor({ timeout: 60_000 });
      // The pad is in Panel's shadow roots, which document.querySelector does not enter; the handle does.
      const padElement = await pad.elementHandle();
      const heightIs = (height) =>
        page.waitForFunction(([element, px]) => element.getBoundingClientRect().height === px, [padElement, height]);
      await heightIs(200);
      const box = await pad.boundingBox();
      for (let i = 0; i < 10; i += 1) await page.mouse.move(box.x + 20 + i * 30, box.y + 100);
      const received = page.getByText(/^samples \d+ in batches \d+, last pointermove x=290$/);
      await received.waitFor({ timeout: 60_000 });
      expect(server.log()).to.match(/rivulet: \d+ samples/);
      await page.screenshot({ path: "test-output/panel-serve-riv-pad.png" });
      await page.getByRole("button", { name: "Make the pad shorter" }).click();
      await heightIs(120);
      expect(errors).to.deep.equal([]);
    } finally {
      await browser?.close();
      await server.stop();
    }
  });
});
