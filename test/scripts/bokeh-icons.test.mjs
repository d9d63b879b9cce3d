// Checks the build step scripts/bokeh-icons.mjs: it writes every icon of BokehJS's CSS, each under the name the
// browser side (components/bokeh-icons.ts) gives its URL, as the image the URL holds.
import { expect } from "chai";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bokehIconFile } from "../../components/bokeh-icons.ts";
import { bokehSource, writeBokehIcons } from "../../scripts/bokeh-icons.mjs";

describe("scripts/bokeh-icons.mjs", () => {
  let outDir = "";
  beforeEach(() => (outDir = mkdtempSync(join(tmpdir(), "rivulet-bokeh-icons-"))));
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  it("writes BokehJS's 84 SVG icons and its PNG logo, named as the browser names their URLs", () => {
    const written = writeBokehIcons({ source: bokehSource, outDir });
    const files = readdirSync(outDir).sort();
    expect(files.filter((file) => file.endsWith(".svg"))).to.have.length(84);
    expect(files.filter((file) => file.endsWith(".png"))).to.have.length(1);
    expect(files).to.deep.equal([...written.keys()].sort());
    for (const [file, url] of written) expect(file, url.slice(0, 60)).to.equal(bokehIconFile(url));
  });

  it("writes each icon as the image its data: URL holds", () => {
    for (const [file, url] of writeBokehIcons({ source: bokehSource, outDir })) {
      const content = readFileSync(join(outDir, file));
      if (file.endsWith(".png")) expect(content.subarray(1, 4).toString(), file).to.equal("PNG");
      else expect(content.toString().trimStart(), `${file} for ${url.slice(0, 60)}`).to.match(/^<svg[\s>]/);
    }
  });
});
