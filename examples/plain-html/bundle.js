// The bundle page's one module: the self-contained build (lit and BokehJS inside) needs no import map.
import * as rivulet from "../../dist/rivulet.bundle.js";
import { showPointerPad } from "./pointer-pad.js";

showPointerPad(rivulet);
