// The RivuletElement Bokeh model in a real `bokeh serve` app (test/python/bokeh_serve_app.py) on a free loopback port:
// Bokeh serves the model's script itself, trusted pointer moves in Chromium reach the source's Python `on_change`
// callback, and a Python-side property change (a button's on_click) reaches the element.
import { expect } from "chai";
import { freePort } from "../../scripts/free-port.mjs";
import { openApp, serveApp } from "./serve-app.mjs";

describe("the RivuletElement model in a Bokeh server app (bokeh serve)", function () {
  this.timeout(120_000);

  it("streams trusted pointer moves to Python's on_change and follows Python's property change", async () => {
    const port = await freePort();
    const server = serveApp("bokeh", "test/python/bokeh_serve_app.py", port);
    let browser;
    try {
      await server.ready;
      const scripts = [];
      const app = await openApp(`http://127.0.0.1:${port}/bokeh_serve_app`, {
        beforeLoad: (page) =>
          page.on(
            "request",
            (request) => request.resourceType() === "script" && scripts.push(new URL(request.url()).pathname),
          ),
      });
      ({ browser } = app);
      const { page, errors } = app;
      const pad = page.locator("riv-pad");
      await pad.waitFor({ timeout: 60_000 });
      expect(scripts).to.include("/static/js/bokeh.min.js");
      expect(scripts.indexOf("/static/extensions/rivulet_elements/rivulet-bokeh-server.js")).to.be.greaterThan(
        scripts.indexOf("/static/js/bokeh.min.js"),
      );
      const padElement = await pad.elementHandle();
      const heightIs = (height) =>
        page.waitForFunction(([element, px]) => element.getBoundingClientRect().height === px, [padElement, height]);
      await heightIs(200);
      const box = await pad.boundingBox();
      for (let i = 0; i < 10; i += 1) await page.mouse.move(box.x + 20 + i * 30, box.y + 100);
      await page.getByText(/^rows \d+, last x=290$/).waitFor({ timeout: 60_000 });
      expect(server.log()).to.match(/rivulet: \d+ rows/);
      await page.screenshot({ path: "test-output/bokeh-serve-riv-pad.png" });
      await page.getByRole("button", { name: "Make the pad shorter" }).click();
      await heightIs(120);
      expect(errors).to.deep.equal([]);
    } finally {
      await browser?.close();
      await server.stop();
    }
  });
});
