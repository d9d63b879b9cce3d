// How <riv-plot> draws: on a 2-D canvas or with BokehJS's WebGL backend, chosen by the `output-backend` attribute;
// the loading of BokehJS's WebGL support, on first use only, and its GL programs, compiled while a plot starts.
import { Bokeh } from "./bokeh.js";
import { PlotError } from "./plot-options.js";

/**
 * What the `output-backend` attribute asks for.
 *
 * @example
 * const option: PlotBackendOption = "auto";
 * plot.outputBackend = option; // <riv-plot output-backend="auto">
 */
export type PlotBackendOption = "auto" | "canvas" | "webgl";

/**
 * What BokehJS draws with (its `output_backend`).
 *
 * @example
 * const backend: PlotBackend = "canvas";
 */
export type PlotBackend = "canvas" | "webgl";

const backendOptions: readonly PlotBackendOption[] = ["auto", "canvas", "webgl"];

/**
 * Reads the `output-backend` attribute: `auto` (the default), `canvas` or `webgl`.
 *
 * @example
 * parseOutputBackend("webgl"); // "webgl"
 */
export function parseOutputBackend(value: string | null | undefined): PlotBackendOption {
  if (value === null || value === undefined || value === "") return "auto";
  const option = backendOptions.find((known) => known === value);
  if (option === undefined) {
    throw new PlotError(
      `riv-plot: output-backend "${value}" is not one of ${backendOptions.join(", ")}; use e.g. output-backend="webgl"`,
    );
  }
  return option;
}

/**
 * The backend a plot draws with: the one asked for, and the canvas for `auto`. Measured (the README's benchmark
 * figures), WebGL was slower than the canvas at every row count, with BokehJS's markers and with a raster picture
 * (`rasterize`), wherever it runs in software (SwiftShader, without a GPU); so `auto` does not pick it, and a page
 * that knows its readers have a GPU asks for `webgl`.
 *
 * @example
 * chooseBackend("auto"); // "canvas"
 */
export function chooseBackend(option: PlotBackendOption): PlotBackend {
  return option === "auto" ? "canvas" : option;
}

let webglLoaded: Promise<void> | undefined;

/**
 * Loads BokehJS's WebGL support (its `bokeh-gl` build, with regl) once per page. BokehJS decides whether it has
 * WebGL when its first WebGL plot is built, and keeps that answer, so this must settle before such a plot is shown.
 *
 * @example
 * await loadWebglSupport();
 * await Bokeh.Plotting.show(Bokeh.Plotting.figure({ output_backend: "webgl" }), element);
 */
export function loadWebglSupport(): Promise<void> {
  return (webglLoaded ??= import("@bokeh/bokehjs/build/js/bokeh-gl.esm.min.js").then(() => undefined));
}

/** The glyph views of a BokehJS glyph renderer view; each may hold a WebGL glyph (`glglyph`). */
const glyphViewNames = [
  "glyph",
  "selection_glyph",
  "nonselection_glyph",
  "hover_glyph",
  "muted_glyph",
  "decimated_glyph",
] as const;

// regl's buffers are functions with properties, so functions are owners too.
const property = (owner: unknown, name: string): unknown =>
  (typeof owner === "object" && owner !== null) || typeof owner === "function" ? Reflect.get(owner, name) : undefined;

/**
 * Destroys the WebGL buffers of every WebGL glyph in a figure's view. BokehJS never does: its one regl instance
 * keeps each buffer (and the GPU memory behind it) after the view is removed, so every showing of a WebGL figure
 * leaked them. Call it just before removing the view.
 *
 * @example
 * releaseWebglBuffers(view);
 * view.remove();
 */
export function releaseWebglBuffers(view: { readonly renderer_views: Map<unknown, unknown> }): void {
  for (const rendererView of view.renderer_views.values()) {
    for (const name of glyphViewNames) {
      const glglyph = property(property(rendererView, name), "glglyph");
      if (typeof glglyph === "object" && glglyph !== null) destroyBuffers(glglyph);
    }
  }
}

/** The part of BokehJS's regl wrapper (one per page) that makes, once, the GL programs its glyphs draw with. */
interface GlPrograms {
  marker_no_hatch(markerType: string): unknown;
}

/**
 * Compiles the GL programs that the scatter glyphs of a WebGL figure's view will draw with. BokehJS's
 * regl makes each program the first time a glyph draws with rows, which took 30 ms and more, mid-stream; made
 * here, while the plot starts, they are ready for its first paint with rows (regl keeps them for the page).
 *
 * @example
 * const view = await shown.render(element);
 * if (view !== undefined) compileWebglPrograms(view);
 */
export function compileWebglPrograms(view: { readonly renderer_views: Map<unknown, unknown> }): void {
  for (const rendererView of view.renderer_views.values()) {
    const glyphView = property(rendererView, "glyph");
    const programs = property(property(glyphView, "glglyph"), "regl_wrapper") as GlPrograms | undefined;
    const glyph = property(glyphView, "model");
    if (programs === undefined || glyph === undefined) continue;
    if (!(glyph instanceof Bokeh.Scatter)) continue;
    const marker = property(glyph, "marker");
    const markerType = typeof marker === "string" ? marker : property(marker, "value");
    if (typeof markerType === "string") programs.marker_no_hatch(markerType);
  }
}

/** Destroys the regl buffer of each of the WebGL glyph's buffer wrappers (objects with `regl_wrapper` and `buffer`). */
function destroyBuffers(glglyph: object): void {
  for (const wrapper of Object.values(glglyph)) {
    const buffer = property(wrapper, "buffer");
    const destroy = property(buffer, "destroy");
    if (property(wrapper, "regl_wrapper") === undefined || typeof destroy !== "function") continue;
    Reflect.apply(destroy, buffer, []);
    Reflect.set(wrapper as object, "buffer", undefined);
  }
}
