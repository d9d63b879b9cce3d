// The one place that knows how BokehJS is loaded. Its `lib/` files import each other by bare names that a
// browser cannot resolve, so we load the self-contained ES module builds and type them with BokehJS's own
// declarations. Change the import path here and nowhere else. BokehJS's CSS is adopted as constructable
// stylesheets (bokeh-styles.ts), so plots work under a strict Content-Security-Policy.
import { stopRecordingShadowRoots } from "./bokeh-import-roots.js"; // first: it must see BokehJS being evaluated
import BokehMain from "@bokeh/bokehjs/build/js/bokeh.esm.min.js";
import "@bokeh/bokehjs/build/js/bokeh-api.esm.min.js";
import type * as BokehCore from "@bokeh/bokehjs/build/js/lib/main";
import type * as BokehApi from "@bokeh/bokehjs/build/js/lib/api/index";
import { adoptBokehStyles } from "./bokeh-styles.js";

/**
 * The BokehJS namespace: core (`embed`, `version`, …) plus the plotting API (`Plotting`, `ColumnDataSource`, …).
 *
 * @example
 * const bokeh: BokehNamespace = Bokeh;
 * console.log(bokeh.version);
 */
export type BokehNamespace = typeof BokehCore & typeof BokehApi;

/**
 * The real BokehJS, with `Bokeh.Plotting` registered.
 *
 * @example
 * const figure = Bokeh.Plotting.figure({ width: 300, height: 300 });
 * await Bokeh.Plotting.show(figure, element);
 */
export const Bokeh = BokehMain as BokehNamespace;

// BokehJS's module loader, which its ES module builds attach to the namespace; it is not in BokehJS's declarations.
const { require: requireBokeh } = BokehMain as { require: (name: string) => unknown };
adoptBokehStyles(requireBokeh("core/dom"), stopRecordingShadowRoots());
