// End to end, the way `npm run many-pages` runs it: a real nats-server, the pipeline and the examples server, three
// participant tabs in headless Chromium moved with trusted mouse moves, each over its own region, and a watching tab
// that must show every page's count and heat-map cells where each tab moved, all under a strict CSP.
import { expect } from "chai";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { serveExamples } from "../../scripts/dev-server.mjs";
import { startManyPages } from "../../scripts/many-pages.mjs";
import { screenshotDir } from "../../scripts/screenshot-plugin.mjs";

/** Hang guard for one condition on a loaded machine; every wait is on a condition, never a pause. */
const hangGuardMs = 60_000;

/** The heat map's grid: 20 × 20 cells of 5 units over 0–100, as the pipeline bins it by default. */
const cellSize = 5;
const columns = 20;

/** Each tab's region in data units `[x0, y0]`; a tab moves over a 4 × 4 lattice from there, 3 units apart. */
const tabs = [
  { page: "tab-1", region: [10, 10] },
  { page: "tab-2", region: [45, 45] },
  { page: "tab-3", region: [75, 70] },
];
const lattice = Array.from({ length: 16 }, (_, i) => [1 + 3 * (i % 4), 1 + 3 * Math.floor(i / 4)]);

/** Opens `url` and records its console errors and uncaught errors in `errors`. */
async function openPage(context, url, errors) {
  const page = await context.newPage();
  page.on(
    "console",
    (message) => message.type() === "error" && errors.push(`${url}: ${message.text()} (${message.location().url})`),
  );
  page.on("pageerror", (error) => errors.push(`${url}: ${error.message}`));
  // Under the strict Content-Security-Policy the examples are tested with (scripts/csp-plugin.mjs).
  await page.goto(`${url}${url.includes("?") ? "&" : "?"}csp=strict`);
  await page.waitForSelector("#status.connected", { timeout: hangGuardMs });
  await page.waitForFunction(() => document.querySelector("riv-plot")?.view !== undefined, null, {
    timeout: hangGuardMs,
  });
  return page;
}

/** Where data point (x, y) of the page's pad is on the page, in CSS px, for `page.mouse`. */
function padPoint(page, x, y) {
  return page.evaluate(
    ([x, y]) => {
      const plot = document.querySelector("riv-plot#pad");
      const { left, top, width, height } = plot.view.frame.bbox;
      const canvas = plot.shadowRoot.querySelector(".bk-Canvas, canvas") ?? plot;
      const box = (canvas.getRootNode() === document ? canvas : plot).getBoundingClientRect();
      return [box.left + left + (x / 100) * width, box.top + top + height - (y / 100) * height];
    },
    [x, y],
  );
}

/** Moves the pointer over `page`'s pad through `points`, waiting until the pad reported each move. */
async function moveOver(page, points) {
  await page.bringToFront();
  await page.evaluate(() => {
    window.movesSeen = 0;
    document.querySelector("riv-plot#pad").onPlotEvent("pointermove", () => (window.movesSeen += 1));
  });
  for (const [i, [x, y]] of points.entries()) {
    await page.mouse.move(...(await padPoint(page, x, y)));
    await page.waitForFunction((n) => window.movesSeen >= n, i + 1, { timeout: hangGuardMs });
  }
  return page.evaluate(() => window.movesSeen);
}

describe("examples/many-pages in Chromium", function () {
  this.timeout(4 * hangGuardMs);
  let example;
  let browser;

  before(async () => {
    example = await startManyPages();
    browser = await chromium.launch(chromiumLaunchOptions());
  });
  after(async () => {
    await browser?.close();
    await example?.stop();
  });

  it("shows each of three tabs' moves on the watching page: its count, and heat-map cells where it moved", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 820 } });
    const errors = [];
    const watch = await openPage(context, example.watchUrl, errors);
    const participants = [];
    for (const { page } of tabs) participants.push(await openPage(context, example.participantUrl(page), errors));

    const sent = [];
    for (const [i, { region }] of tabs.entries()) {
      const points = lattice.map(([dx, dy]) => [region[0] + dx, region[1] + dy]);
      sent.push(await moveOver(participants[i], points));
    }
    expect(sent, "moves each pad reported").to.deep.equal([16, 16, 16]);
    for (const [i, participant] of participants.entries()) {
      await participant.waitForFunction((n) => document.querySelector("#acknowledged").textContent === String(n), 16, {
        timeout: hangGuardMs,
      });
      expect(await participant.textContent("#sent"), `${tabs[i].page}: sent`).to.equal("16");
    }

    await watch.bringToFront();
    await watch.waitForFunction(() => document.querySelector("#total").textContent === "48", null, {
      timeout: hangGuardMs,
    });
    const lines = await watch.$$eval("#pages li", (items) =>
      items.map((item) => [item.dataset.page, item.querySelector(".total").textContent]),
    );
    expect(lines).to.deep.equal(tabs.map(({ page }) => [page, "16 samples"]));

    await watch.waitForFunction(
      () => document.querySelector("riv-plot#heat").layer("where").source.get("image").length === 1,
      null,
      { timeout: hangGuardMs },
    );
    const image = await watch.evaluate(() =>
      Array.from(document.querySelector("riv-plot#heat").layer("where").source.get("image")[0]),
    );
    // Every count lies in a cell of the region a tab moved over (its 12 × 12 units, a pixel's rounding either side).
    const regionOf = (cell) => {
      const [x, y] = [(cell % columns) * cellSize, Math.floor(cell / columns) * cellSize];
      return tabs.findIndex(
        ({ region }) =>
          x >= region[0] - cellSize && x <= region[0] + 12 && y >= region[1] - cellSize && y <= region[1] + 12,
      );
    };
    const perRegion = [0, 0, 0];
    for (const [cell, count] of image.entries()) {
      if (count === 0) continue;
      const region = regionOf(cell);
      expect(region, `cell ${cell} (count ${count}) is in no tab's region`).to.be.at.least(0);
      perRegion[region] += count;
    }
    expect(perRegion, "heat-map counts in each tab's region").to.deep.equal([16, 16, 16]);

    mkdirSync(screenshotDir, { recursive: true });
    await watch.screenshot({ path: `${screenshotDir}/many-pages-watch.png` });
    await participants[1].bringToFront();
    await participants[1].screenshot({ path: `${screenshotDir}/many-pages-participant.png` });
    for (const page of [watch, ...participants]) {
      expect(await page.evaluate(() => window.rivuletCsp), "CSP violations and errors").to.deep.equal({
        violations: [],
        errors: [],
      });
    }
    expect(errors).to.deep.equal([]);
    await context.close();
  });

  it("says plainly on both pages that NATS is unreachable when the server passes nothing through at /nats", async () => {
    const server = await serveExamples({ hostname: "127.0.0.1", port: 0, live: true }); // as npm start serves
    const context = await browser.newContext();
    try {
      for (const path of ["", "watch.html"]) {
        const page = await context.newPage();
        await page.goto(`${server.url}/examples/many-pages/${path}?csp=strict`);
        await page.waitForSelector("#status.error", { timeout: hangGuardMs });
        expect(await page.textContent("#status")).to.match(
          /^NATS is unreachable at ws:\/\/127\.0\.0\.1:\d+\/nats \(.+\)\. Start the example with npm run many-pages and reload\.$/,
        );
        // The browser's own note of the failed WebSocket aside, the page reports no error and breaks no policy.
        expect(await page.evaluate(() => window.rivuletCsp)).to.deep.equal({ violations: [], errors: [] });
      }
    } finally {
      await context.close();
      await server.stop();
    }
  });
});
