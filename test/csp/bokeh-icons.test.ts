// Checks components/bokeh-icons.ts in the browser: its hash, its rewriting of BokehJS's CSS and the <meta> it reads,
// and that every icon of the real BokehJS's CSS, named here, is a file the build wrote to dist/bokeh-icons/.
import { expect } from "chai";
import { bokehIconFile, bokehIconUrls, bokehIconsBase, rewriteBokehIcons } from "../../components/bokeh-icons.js";
import "../../components/riv-plot.js";

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function until(what: string, condition: () => boolean, ms = 20_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${ms} ms waiting until ${what}`);
    await nextFrame();
  }
}

/** The CSS text BokehJS gave each sheet at or below `root`, as bokeh-styles.ts's markers keep it. */
function bokehCss(root: ParentNode): string[] {
  return [...root.querySelectorAll("*")].flatMap((element) => [
    ...(element.localName === "rivulet-bokeh-style" ? [element.textContent] : []),
    ...(element.shadowRoot ? bokehCss(element.shadowRoot) : []),
  ]);
}

const bytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

describe("bokeh-icons", () => {
  it("names an icon by the FNV-1a 32-bit hash of its URL and its image type", () => {
    // Published FNV-1a test vectors.
    expect(bokehIconFile("")).to.equal("811c9dc5.svg");
    expect(bokehIconFile("a")).to.equal("e40c292c.svg");
    expect(bokehIconFile("foobar")).to.equal("bf9cf968.svg");
    expect(bokehIconFile("data:image/png;base64,AAAA")).to.match(/^[0-9a-f]{8}\.png$/);
  });

  it("finds and rewrites data: URLs in double, single or no quotes, and nothing else", () => {
    const svg = "data:image/svg+xml,%3Csvg%2F%3E";
    const utf8 = "data:image/svg+xml;utf8,<svg/>";
    const png = "data:image/png;base64,AAAA";
    const css = `a{--i:url("${svg}")}b{--j:url('${utf8}')}c{background:url(${png}) url("/x.svg")}d{--k:url("${svg}")}`;
    expect(bokehIconUrls(css)).to.deep.equal([svg, utf8, png]);
    const base = "https://example.org/icons/";
    expect(rewriteBokehIcons(css, base)).to.equal(
      `a{--i:url("${base}${bokehIconFile(svg)}")}b{--j:url("${base}${bokehIconFile(utf8)}")}` +
        `c{background:url("${base}${bokehIconFile(png)}") url("/x.svg")}d{--k:url("${base}${bokehIconFile(svg)}")}`,
    );
  });

  it("reads where the icons are from the page's meta element, resolved against the document", () => {
    expect(bokehIconsBase(document)).to.equal(undefined);
    const meta = Object.assign(document.createElement("meta"), { name: "rivulet-bokeh-icons", content: "icons" });
    document.head.append(meta);
    try {
      expect(bokehIconsBase(document)).to.equal(new URL("icons/", document.baseURI).href);
      meta.content = "/dist/bokeh-icons/";
      expect(bokehIconsBase(document)).to.equal(new URL("/dist/bokeh-icons/", document.baseURI).href);
    } finally {
      meta.remove();
    }
  });

  it("finds every icon of a shown plot's CSS among the files the build wrote, byte for byte", async () => {
    const plot = document.createElement("riv-plot");
    plot.setAttribute("x-range", "0,10");
    plot.setAttribute("y-range", "0,10");
    document.body.append(plot);
    try {
      await until("the plot is shown", () => plot.view !== undefined && bokehCss(plot.shadowRoot ?? plot).length > 0);
      const urls = bokehIconUrls([...bokehCss(document), ...bokehCss(plot.shadowRoot ?? plot)].join("\n"));
      // The toolbar's icons and the logo, at least.
      expect(urls.length, "icon URLs in the plot's CSS").to.be.greaterThan(20);
      for (const url of urls) {
        const file = `/dist/bokeh-icons/${bokehIconFile(url)}`;
        expect(await bytes(file), `${file} for ${url.slice(0, 60)}…`).to.deep.equal(await bytes(url));
      }
    } finally {
      plot.remove();
    }
  });
});
