// Warms up BokehJS's WebGL backend once per page, before the first WebGL <riv-plot> is shown: a tiny hidden plot
// draws one marker with GL, so its first paint with rows finds the GL pipelines it needs ready.
import { Bokeh } from "./bokeh.js";
import { compileWebglPrograms, releaseWebglBuffers } from "./plot-backend.js";

let warmedUp: Promise<void> | undefined;

/**
 * Draws a 16 × 16 pixel plot, off screen, with what a `<riv-plot>` scatter draws with WebGL (a circle marker; its
 * raster picture is drawn on the 2-D canvas), waits for its paint and removes it with everything it made. BokehJS draws all WebGL
 * plots of a page with one GL context, so the programs compiled and the pipelines the GL driver builds for that
 * first draw (in software GL, 50–90 ms of the first frame that drew rows) serve every later plot. Once per page:
 * later calls return the same promise. Needs BokehJS's WebGL support loaded (`loadWebglSupport`).
 *
 * @example
 * await loadWebglSupport();
 * await warmUpWebgl();
 * const views = await Bokeh.embed.add_document_standalone(document, element);
 */
export function warmUpWebgl(): Promise<void> {
  return (warmedUp ??= drawOnce());
}

async function drawOnce(): Promise<void> {
  const plot = new Bokeh.Plot({
    width: 16,
    height: 16,
    min_border: 0,
    toolbar_location: null,
    output_backend: "webgl",
    x_range: new Bokeh.Range1d({ start: 0, end: 1 }),
    y_range: new Bokeh.Range1d({ start: 0, end: 1 }),
  });
  const marker = new Bokeh.Scatter({ x: 0.5, y: 0.5, size: 4, marker: "circle", fill_alpha: 0.5 });
  plot.add_glyph(marker, new Bokeh.ColumnDataSource({ data: { index: [0] } }));
  const document = new Bokeh.Document();
  document.config.notifications = null;
  document.add_root(plot);
  const host = globalThis.document.createElement("div");
  // Laid out (a plot without a size is not painted) but out of sight and out of the way of the page.
  host.style.cssText = "position: fixed; left: -100px; top: -100px; width: 16px; height: 16px; pointer-events: none";
  host.setAttribute("aria-hidden", "true");
  globalThis.document.body.append(host);
  try {
    const views = await Bokeh.embed.add_document_standalone(document, host);
    const view = views.get(plot);
    if (view === null) return;
    compileWebglPrograms(view);
    await view.ready;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    releaseWebglBuffers(view);
    view.remove();
  } finally {
    document.remove_root(plot);
    const index = Bokeh.documents.indexOf(document);
    if (index >= 0) Bokeh.documents.splice(index, 1);
    host.remove();
  }
}
