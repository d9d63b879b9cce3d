// Shows one <riv-plot> figure in an element through a BokehJS Document that the plot owns, and undoes all of it:
// `Bokeh.Plotting.show` also renders a notifications view and leaves a Document and a root view in BokehJS's
// global registries that nothing removes, so every show leaked a view tree; and BokehJS never frees a WebGL
// figure's GPU buffers.
import { Bokeh } from "./bokeh.js";
import type { PlotFigure, PlotView } from "./plot-figure.js";
import { compileWebglPrograms, loadWebglSupport, releaseWebglBuffers } from "./plot-backend.js";
import { warmUpWebgl } from "./plot-webgl-warm-up.js";

/**
 * One showing of a figure: its own BokehJS `Document`, with no notifications (they report server connections,
 * which a standalone plot has none of), and the figure's view. `remove()` undoes it entirely, also while the view
 * is still being built.
 *
 * @example
 * const shown = new PlotShow(figure);
 * const view = await shown.render(element); // undefined if removed meanwhile
 * shown.remove(); // view, DOM, Bokeh.index root, Document and its place in Bokeh.documents: all gone
 */
export class PlotShow {
  private readonly document = new Bokeh.Document();
  private shownView: PlotView | undefined;
  private removed = false;

  constructor(readonly figure: PlotFigure) {
    this.document.config.notifications = null;
    this.document.add_root(figure);
  }

  /** The figure's view once `render` built it, until `remove`. */
  get view(): PlotView | undefined {
    return this.shownView;
  }

  /**
   * Builds the figure's view into `target`, after loading BokehJS's WebGL support if the figure draws with WebGL
   * (then, beside the build, warms WebGL up once per page and compiles the glyphs' GL programs); resolves to the
   * view, or to `undefined` when `remove` came first.
   */
  async render(target: HTMLElement): Promise<PlotView | undefined> {
    const webgl = this.figure.output_backend === "webgl";
    if (webgl) await loadWebglSupport();
    if (this.removed) return undefined;
    // Beside the view's build, not before it: the warm-up's paint waits for the same frame as the view's first.
    const warmedUp = webgl ? warmUpWebgl() : undefined;
    const views = await Bokeh.embed.add_document_standalone(this.document, target);
    await warmedUp;
    if (this.removed) {
      const built = views.get(this.figure);
      if (built !== null) releaseWebglBuffers(built);
      views.clear();
      return undefined;
    }
    this.shownView = views.get(this.figure) ?? undefined;
    if (this.shownView !== undefined && this.figure.output_backend === "webgl") compileWebglPrograms(this.shownView);
    return this.shownView;
  }

  /** Removes the view and releases the document; the figure and its source can be shown again elsewhere. */
  remove(): void {
    if (this.removed) return;
    this.removed = true;
    if (this.shownView !== undefined) releaseWebglBuffers(this.shownView);
    this.shownView?.remove();
    this.shownView = undefined;
    // Only the figure leaves: a `render` still under way reads the document's config when its view is built.
    this.document.remove_root(this.figure);
    const documents = Bokeh.documents;
    const index = documents.indexOf(this.document);
    if (index >= 0) documents.splice(index, 1);
  }
}
