// Types for BokehJS's self-contained ES module builds, which ship without declarations of their own.
declare module "@bokeh/bokehjs/build/js/bokeh.esm.min.js" {
  const main: unknown;
  export default main;
}
declare module "@bokeh/bokehjs/build/js/bokeh-api.esm.min.js";
