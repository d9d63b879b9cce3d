// `node scripts/example-thumbnails.mjs [name …]`: renders each example (all of them without names) in headless
// Chromium from the examples server, drags the pointer in a loop over its input (an element marked
// `data-thumbnail-input`, else its first plot or pad, else the middle of the page without one) so it shows something, and
// saves a 480 × 320 PNG as examples/<name>/thumbnail.png for the examples index. Commit the files it writes. The
// examples are served as `npm run many-pages` serves them, with NATS at /nats, so the NATS example is connected.
import { join } from "node:path";
import { chromium } from "playwright-core";
import { register } from "tsx/esm/api";
import { chromiumLaunchOptions } from "./chromium.mjs";
import { listExamples } from "./examples-index.mjs";

register(); // many-pages.mjs starts the example's pipeline, which is TypeScript
const { startManyPages } = await import("./many-pages.mjs");

/** The page is rendered at this CSS size and saved at half of it. */
const viewport = { width: 960, height: 640 };

/** Drags a loop over the centre of `box` in trusted mouse moves, so that a drawing example shows a path. */
async function dragLoop(page, box) {
  const centre = [box.x + box.width / 2, box.y + box.height / 2];
  const radius = Math.min(box.width, box.height) / 3;
  const at = (i) => [centre[0] + radius * Math.cos(i / 6), centre[1] + radius * Math.sin(i / 4)];
  await page.mouse.move(...at(0));
  await page.mouse.down();
  for (let i = 1; i <= 80; i += 1) await page.mouse.move(...at(i));
  await page.mouse.up();
}

async function renderThumbnail(browser, url, name) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 0.5 });
  try {
    await page.goto(`${url}/examples/${name}/`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll("riv-plot")].every((plot) => plot.view !== undefined),
    );
    // Where a person would draw: an element marked `data-thumbnail-input`, else the first plot or pad.
    const plots = page.locator("[data-thumbnail-input], riv-plot, riv-pad");
    const whole = { x: 0, y: viewport.height / 4, width: viewport.width, height: viewport.height / 2 };
    const target = (await plots.count()) > 0 ? await plots.first().boundingBox() : whole;
    await dragLoop(page, target);
    // Two frames: the last moves are drawn before the picture is taken.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const path = join("examples", name, "thumbnail.png");
    await page.screenshot({ path, scale: "device" });
    console.log(`wrote ${path}`);
  } finally {
    await page.close();
  }
}

const names = process.argv.slice(2);
const examples = listExamples().filter(({ name }) => names.length === 0 || names.includes(name));
const server = await startManyPages({ live: false });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const { name } of examples) await renderThumbnail(browser, server.url, name);
} finally {
  await browser.close();
  await server.stop();
}
