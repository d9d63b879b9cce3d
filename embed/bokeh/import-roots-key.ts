// The one global that rivulet-bokeh-csp.js (before BokehJS) and rivulet-bokeh.js (after it) share.

/** Where rivulet-bokeh-csp.js leaves its shadow-root recorder for rivulet-bokeh.js; read once. */
export const importRootsKey = "__rivuletBokehImportRoots";
