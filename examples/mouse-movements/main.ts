// Main example (placeholder): loads the rivulet bundle and shows the BokehJS version it carries.
import { Bokeh } from "rivulet";

const status = document.querySelector("#status");
if (status) status.textContent = `rivulet loaded with BokehJS ${Bokeh.version}`;
