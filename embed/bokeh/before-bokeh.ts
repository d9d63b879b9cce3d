// Entry of dist/rivulet-bokeh-csp.js, a classic script for strict-CSP pages, loaded before bokeh.min.js: it records
// the shadow roots BokehJS attaches while it loads, so that rivulet-bokeh.js can move their <style> elements into
// constructable stylesheets before the page's policy sees them.
import { stopRecordingShadowRoots } from "../../components/bokeh-import-roots.js";
import { importRootsKey } from "./import-roots-key.js";

Reflect.set(globalThis, importRootsKey, stopRecordingShadowRoots);
