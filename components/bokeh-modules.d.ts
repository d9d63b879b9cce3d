// Types for BokehJS's self-contained ES module builds, which ship without declarations of their own.
declare module "@bokeh/bokehjs/build/js/bokeh.esm.min.js" {
  const main: unknown;
  export default main;
}
declare module "@bokeh/bokehjs/build/js/bokeh-api.esm.min.js";
// BokehJS's WebGL plugin: registers its `models/glyphs/webgl` modules with the main build when evaluated.
declare module "@bokeh/bokehjs/build/js/bokeh-gl.esm.min.js";
