// Checks the self-contained browser bundle: one ES module that a plain page can import with no build step.
import { expect } from "chai";
import type { BokehNamespace } from "../components/bokeh.js";

interface BundleExports {
  Bokeh: BokehNamespace;
}

const loadBundle = async () => (await import(new URL("/dist/rivulet.bundle.js", location.href).href)) as BundleExports;

describe("dist/rivulet.bundle.js", () => {
  it("loads on its own and exposes BokehJS with its plotting API", async () => {
    const { Bokeh } = await loadBundle();
    expect(Bokeh.version).to.equal("3.10.0");
    expect(Bokeh.Plotting.figure).to.be.a("function");
  });

  it("keeps BokehJS's model names through minification", async () => {
    const { Bokeh } = await loadBundle();
    // BokehJS registers models under their class names; a minifier that renames classes breaks documents.
    expect(Bokeh.Models.get("ColumnDataSource")?.name).to.equal("ColumnDataSource");
    expect(Bokeh.Models.get("Plot")?.name).to.equal("Plot");
  });
});
