// Makes BokehJS style its views with constructable stylesheets adopted by their shadow roots instead of <style>
// elements, which a strict Content-Security-Policy (`style-src 'self'`) blocks: without its CSS a plot's layout
// grows without end and nothing is drawn. Only BokehJS's core/dom InlineStyleSheet classes are changed.
import { bokehIconsBase, rewriteBokehIcons } from "./bokeh-icons.js";

/** The part of BokehJS's `core/dom` InlineStyleSheet this module relies on: its element, which it may replace. */
interface InlineStyleSheet {
  el: HTMLElement;
}

interface InlineStyleSheetMethods {
  _update: (this: InlineStyleSheet, css: string) => void;
  install: (this: InlineStyleSheet, target?: Node) => void;
  uninstall: (this: InlineStyleSheet) => void;
}

interface StyleSheetClass {
  readonly prototype: InlineStyleSheetMethods;
}

/** What BokehJS's `core/dom` module must export for its styles to be adopted. */
interface BokehDom {
  readonly InlineStyleSheet: StyleSheetClass;
  readonly GlobalInlineStyleSheet: StyleSheetClass;
}

/**
 * The constructable stylesheet behind each marker: a hidden element that stands where BokehJS would put its <style>
 * element (a <style> is checked by a policy whatever its type), so that the root's children still say which sheets
 * are installed there and in which order, also after BokehJS empties the root to render it again.
 */
interface Marker {
  readonly element: HTMLElement;
  readonly sheet: CSSStyleSheet;
  css: string;
}

const markers = new WeakMap<Element, Marker>();
const ownSheets = new WeakSet<CSSStyleSheet>();

/**
 * Sets `sheet` to BokehJS's `css`, its icons loaded from the files the page's <meta name="rivulet-bokeh-icons">
 * points to, if it has one (else they stay `data:` URLs, which need `img-src data:`).
 */
function replaceCss(sheet: CSSStyleSheet, css: string): void {
  const base = bokehIconsBase(document);
  sheet.replaceSync(base === undefined ? css : rewriteBokehIcons(css, base));
}

/** A marker standing in for `style`, with its text, its `data-css` name and its place in the tree, if it has one. */
function replaceStyle(style: HTMLElement): Marker {
  const element = document.createElement("rivulet-bokeh-style");
  element.hidden = true;
  element.style.display = "none";
  element.textContent = style.textContent;
  Object.assign(element.dataset, style.dataset);
  style.replaceWith(element);
  const marker = { element, sheet: new CSSStyleSheet(), css: element.textContent };
  replaceCss(marker.sheet, marker.css);
  ownSheets.add(marker.sheet);
  markers.set(element, marker);
  return marker;
}

/** The marker of `stylesheet`, which replaces its <style> element the first time it is needed. */
function markerOf(stylesheet: InlineStyleSheet): Marker {
  const marker = markers.get(stylesheet.el) ?? replaceStyle(stylesheet.el);
  stylesheet.el = marker.element;
  return marker;
}

/** Makes `root` adopt the sheets of the markers in it, in their order, after any sheets of others. */
function syncAdopted(root: ShadowRoot): void {
  const others = root.adoptedStyleSheets.filter((sheet) => !ownSheets.has(sheet));
  const own = [...root.children].flatMap((child) => markers.get(child)?.sheet ?? []);
  root.adoptedStyleSheets = [...others, ...own];
}

/** Replaces the <style> elements of `root`, not yet connected to a document, with markers whose sheets it adopts. */
function adoptStyleElements(root: ShadowRoot): void {
  for (const style of [...root.children]) if (style instanceof HTMLStyleElement) replaceStyle(style);
  syncAdopted(root);
}

function isBokehDom(value: unknown): value is BokehDom {
  const has = (name: string) => {
    const prototype = (Reflect.get(Object(value), name) as StyleSheetClass | undefined)?.prototype;
    return ["_update", "install", "uninstall"].every(
      (method) => typeof Reflect.get(Object(prototype), method) === "function",
    );
  };
  return has("InlineStyleSheet") && has("GlobalInlineStyleSheet");
}

/**
 * Makes BokehJS adopt its CSS as constructable stylesheets: every InlineStyleSheet's <style> element is replaced by a
 * hidden marker that holds its text, as BokehJS reads it back, and is installed where the <style> was; the shadow
 * root it is in adopts the marker's `CSSStyleSheet`, in the markers' order (the document adopts BokehJS's global
 * sheets). The <style> elements already installed in `importRoots`, the shadow roots BokehJS made while it was
 * imported, are replaced the same way. Under `<meta name="rivulet-bokeh-icons" content="/dist/bokeh-icons/">` the
 * sheets load BokehJS's icons from the files `npm run build` writes there, not from `data:` URLs. A browser
 * without constructable stylesheets keeps BokehJS's own <style> elements. Throws if `dom` is not BokehJS's
 * `core/dom` module as this code knows it, so that a BokehJS upgrade that changes it fails loudly, not under CSP
 * only.
 *
 * @example
 * adoptBokehStyles(Bokeh.require("core/dom"), stopRecordingShadowRoots());
 */
export function adoptBokehStyles(dom: unknown, importRoots: readonly ShadowRoot[]): void {
  if (!isBokehDom(dom)) {
    throw new Error(
      "rivulet: BokehJS's core/dom module has no InlineStyleSheet and GlobalInlineStyleSheet with _update, install " +
        "and uninstall; components/bokeh-styles.ts must be updated for this BokehJS version",
    );
  }
  if (!("adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype)) return;
  const { _update, install, uninstall } = dom.InlineStyleSheet.prototype;
  Object.assign(dom.InlineStyleSheet.prototype, {
    _update(this: InlineStyleSheet, css: string) {
      // While a plot streams, BokehJS sets most of its sheets to the text they already have, many times a frame.
      const entry = markerOf(this);
      if (css === entry.css) return;
      _update.call(this, css);
      entry.css = css;
      replaceCss(entry.sheet, css);
    },
    install(this: InlineStyleSheet, target?: Node) {
      markerOf(this);
      const previous = this.el.parentNode;
      install.call(this, target);
      if (previous instanceof ShadowRoot && previous !== target) syncAdopted(previous);
      if (target instanceof ShadowRoot) syncAdopted(target);
    },
    uninstall(this: InlineStyleSheet) {
      const previous = this.el.parentNode;
      uninstall.call(this);
      if (previous instanceof ShadowRoot) syncAdopted(previous);
      else document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== markerOf(this).sheet);
    },
  } satisfies InlineStyleSheetMethods);
  const installInHead = dom.GlobalInlineStyleSheet.prototype.install;
  dom.GlobalInlineStyleSheet.prototype.install = function installGlobally(this: InlineStyleSheet) {
    const { sheet } = markerOf(this);
    installInHead.call(this);
    if (!document.adoptedStyleSheets.includes(sheet))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };
  for (const root of importRoots) adoptStyleElements(root);
}
