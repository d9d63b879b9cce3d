// Records the shadow roots that BokehJS attaches while its modules are evaluated (its notifications and dialog
// areas, which it later appends to <body>), so that bokeh-styles.ts can move their <style> elements into
// constructable stylesheets before a strict Content-Security-Policy sees them. Imported by bokeh.ts before BokehJS.

// eslint-disable-next-line @typescript-eslint/unbound-method -- only ever called with .call(element)
const attachShadow = Element.prototype.attachShadow;
const roots: ShadowRoot[] = [];

Element.prototype.attachShadow = function recordShadowRoot(this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  roots.push(root);
  return root;
};

/**
 * Puts `Element.prototype.attachShadow` back and returns the shadow roots attached since this module was evaluated.
 *
 * @example
 * import { stopRecordingShadowRoots } from "./bokeh-import-roots.js"; // first, so that it records BokehJS's roots
 * import BokehMain from "@bokeh/bokehjs/build/js/bokeh.esm.min.js";
 * const importRoots = stopRecordingShadowRoots();
 */
export function stopRecordingShadowRoots(): readonly ShadowRoot[] {
  Element.prototype.attachShadow = attachShadow;
  return roots.splice(0);
}
