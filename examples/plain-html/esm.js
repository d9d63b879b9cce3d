// The ESM page's one module: `rivulet` and everything it imports are found through the page's import map.
import * as rivulet from "rivulet";
import { showPointerPad } from "./pointer-pad.js";

showPointerPad(rivulet);
