// Stands in for BokehJS's WebGL build in the builds for pages with BokehJS (rollup.config.mjs swaps it in), so none
// of it is bundled: a plot with backend="webgl" draws with the page's bokeh-gl.min.js when the page loads it, and
// BokehJS falls back to canvas when it does not.
export {};
