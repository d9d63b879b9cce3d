// Tests of PlotShow with the real BokehJS: a figure shown into an element and removed again, also while BokehJS
// is still building its view, leaves no view, DOM, Bokeh.index root or Document behind.
import { expect } from "chai";
import { Bokeh } from "../../components/bokeh.js";
import { plotFigure, type PlotFigure } from "../../components/plot-figure.js";
import { PlotShow } from "../../components/plot-show.js";
import { PlotLayer } from "../../components/plot-layer.js";

function figure(): PlotFigure {
  const layer = new PlotLayer("points", {}, () => 100);
  layer.stream({ x: [1, 2], y: [2, 1] });
  const settings = { title: "t", xLabel: "x", yLabel: "y", xRange: "auto", yRange: [0, 3] } as const;
  return plotFigure({ ...settings, width: 300, height: 200 }, [layer]);
}

const globals = () => ({ roots: Bokeh.index.roots.length, documents: Bokeh.documents.length });

describe("PlotShow", () => {
  let target: HTMLElement;
  beforeEach(() => {
    target = document.body.appendChild(document.createElement("div"));
  });
  afterEach(() => target.remove());

  it("shows the figure's view in the target, with no notifications view, and removes all of it", async () => {
    const before = globals();
    const shown = new PlotShow(figure());
    const view = await shown.render(target);
    expect(view?.model).to.equal(shown.figure);
    expect(shown.view).to.equal(view);
    expect([...target.children]).to.deep.equal([view?.el]);
    expect(shown.figure.document).to.not.equal(null);
    shown.remove();
    expect(shown.view).to.equal(undefined);
    expect(target.children).to.have.length(0);
    expect(shown.figure.document).to.equal(null);
    expect(view?.is_destroyed).to.equal(true);
    expect(globals()).to.deep.equal(before);
  });

  it("resolves to undefined and leaves nothing when removed while the view is being built", async () => {
    const before = globals();
    const shown = new PlotShow(figure());
    const rendering = shown.render(target);
    shown.remove();
    expect(await rendering).to.equal(undefined);
    expect(shown.view).to.equal(undefined);
    expect(target.children).to.have.length(0);
    expect(globals()).to.deep.equal(before);
  });
});
