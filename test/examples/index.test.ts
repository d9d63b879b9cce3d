// Loads the examples index and every example page it links to, and checks what a visitor gets: a styled card per
// example folder with its title, one-line description and thumbnail, the favicon, and no console error or failed
// request on any page.
import { expect } from "chai";
import { executeServerCommand, setViewport } from "@web/test-runner-commands";
import { exampleTimeoutMs, loadExample, until } from "./example-page.js";

/** Requests of a window that failed: resource entries with an HTTP status of 400 or more. */
function failedRequests(inner: Window): string[] {
  return inner.performance
    .getEntriesByType("resource")
    .filter((entry) => ((Reflect.get(entry, "responseStatus") as number | undefined) ?? 0) >= 400)
    .map((entry) => entry.name);
}

/** Loads `src` into an iframe of the test page; resolves once it has loaded. */
async function frameOf(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement("iframe");
  frame.style.cssText = "width: 1000px; height: 900px; border: 0; display: block";
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe("the examples index", function () {
  this.timeout(exampleTimeoutMs);
  let paths: string[] = [];

  before(async () => {
    // The example folders the server finds (scripts/examples-index.mjs): a new folder is checked without editing this.
    paths = await executeServerCommand<string[], undefined>("csp-example-pages");
    expect(paths).to.include.members(["/examples/drag-rate/", "/examples/dashboard/", "/examples/plain-html/"]);
  });

  it("shows a card per example with its title, description and loaded thumbnail, styled, with the favicon", async () => {
    await setViewport({ width: 1040, height: 940 });
    const frame = await frameOf("/examples/");
    const page = frame.contentDocument as Document;
    const cards = [...page.querySelectorAll<HTMLAnchorElement>(".card a")];
    expect(cards.map((card) => new URL(card.href).pathname)).to.deep.equal(paths);
    for (const card of cards) {
      expect(card.querySelector("h2")?.textContent?.trim(), `${card.href}: title`).to.not.equal("");
      const description = card.querySelector("p")?.textContent ?? "";
      expect(description, `${card.href}: one-line description`).to.match(/^[^\n]{20,140}[.!?]$/);
    }
    const images = [...page.querySelectorAll<HTMLImageElement>(".card img")];
    expect(images.length, "thumbnails").to.equal(cards.length);
    for (const image of images) image.loading = "eager";
    await until("every thumbnail has loaded", () => images.every((image) => image.complete));
    for (const image of images) expect(image.naturalWidth, `${image.src} loaded`).to.equal(480);
    // Styled: the cards are a grid, not a bulleted list.
    const list = page.querySelector(".cards") as HTMLElement;
    expect(frame.contentWindow?.getComputedStyle(list).display).to.equal("grid");
    const icon = page.querySelector<HTMLLinkElement>('link[rel="icon"]');
    const response = await fetch(icon?.href ?? "/missing-favicon");
    expect([response.status, response.headers.get("content-type")]).to.deep.equal([200, "image/svg+xml"]);
    expect(failedRequests(frame.contentWindow as Window)).to.deep.equal([]);
    await executeServerCommand("save-screenshot", { name: "examples-index.png" });
    frame.remove();
  });

  it("loads every example page with no console error, no failed request and its favicon", async () => {
    for (const path of paths) {
      const name = path.split("/")[2] as string;
      const example = await loadExample(name);
      const tags = [...example.document.querySelectorAll("*")].filter((element) => element.localName.includes("-"));
      await Promise.all(tags.map((element) => Promise.resolve(Reflect.get(element, "updateComplete"))));
      for (const plot of example.document.querySelectorAll("riv-plot")) {
        await until(`${path}: the plot is shown`, () => Reflect.get(plot, "view") !== undefined);
      }
      const icon = example.document.querySelector<HTMLLinkElement>('link[rel="icon"]');
      expect(icon, `${path}: a favicon link`).to.not.equal(null);
      expect((await fetch(icon?.href ?? "")).status, `${path}: favicon`).to.equal(200);
      expect(failedRequests(example.window), `${path}: failed requests`).to.deep.equal([]);
      expect(example.errors(), `${path}: console errors`).to.deep.equal([]);
      example.frame.remove();
    }
  });
});
