// Stands in for components/bokeh.ts in the builds for pages that already load BokehJS (rollup.config.mjs swaps it in):
// the same `Bokeh` export, taken from the page's `window.Bokeh` instead of a bundled copy.
import type { BokehNamespace } from "../../components/bokeh.js";
import { adoptBokehStyles } from "../../components/bokeh-styles.js";
import { importRootsKey } from "./import-roots-key.js";

export type { BokehNamespace };

/** Thrown when the page has not loaded BokehJS before rivulet's Bokeh build. */
export class MissingBokehError extends Error {
  override name = "MissingBokehError";
}

function pageBokeh(): BokehNamespace & { require(name: string): unknown } {
  const found = (globalThis as { Bokeh?: BokehNamespace & { require?: unknown } }).Bokeh;
  if (typeof found?.require !== "function" || !("Plotting" in found)) {
    throw new MissingBokehError(
      "rivulet-bokeh: window.Bokeh with Bokeh.Plotting is missing; load bokeh.min.js and bokeh-api.min.js " +
        "(the same BokehJS version) before rivulet-bokeh.js, or use rivulet.bundle.js, which brings its own",
    );
  }
  return found as BokehNamespace & { require(name: string): unknown };
}

/**
 * The page's BokehJS, its styles adopted as constructable stylesheets so plots draw under a strict CSP.
 *
 * @example
 * const figure = Bokeh.Plotting.figure({ width: 300, height: 300 }); // the figure class of the page's BokehJS
 */
export const Bokeh = pageBokeh();
/** The shadow roots BokehJS attached while loading, when rivulet-bokeh-csp.js ran before it. */
function bokehImportRoots(): readonly ShadowRoot[] {
  const stopRecording: unknown = Reflect.get(globalThis, importRootsKey);
  Reflect.deleteProperty(globalThis, importRootsKey);
  return typeof stopRecording === "function" ? (stopRecording as () => readonly ShadowRoot[])() : [];
}

adoptBokehStyles(Bokeh.require("core/dom"), bokehImportRoots());
