// Makes BokehJS style its views with constructable stylesheets adopted by their shadow roots instead of <style>
// elements, which a strict Content-Security-Policy (`style-src 'self'`) blocks: without its CSS a plot's layout
// grows without end and nothing is drawn. Only BokehJS's core/dom InlineStyleSheet classes are changed.

/** The part of BokehJS's `core/dom` InlineStyleSheet this module relies on. */
interface InlineStyleSheetMethods {
  _update: (this: object, css: string) => void;
  install: (this: object, target?: Node) => void;
  uninstall: (this: object) => void;
}

interface StyleSheetClass {
  readonly prototype: InlineStyleSheetMethods;
}

/** What BokehJS's `core/dom` module must export for its styles to be adopted. */
interface BokehDom {
  readonly InlineStyleSheet: StyleSheetClass;
  readonly GlobalInlineStyleSheet: StyleSheetClass;
}

type StyleRoot = Document | ShadowRoot;

/** The constructable stylesheet behind each BokehJS InlineStyleSheet, its text and the root that adopted it. */
interface AdoptedSheet {
  readonly sheet: CSSStyleSheet;
  css: string;
  root: StyleRoot | undefined;
}

const sheets = new WeakMap<object, AdoptedSheet>();

function entryOf(stylesheet: object): AdoptedSheet {
  let entry = sheets.get(stylesheet);
  if (entry === undefined) {
    entry = { sheet: new CSSStyleSheet(), css: "", root: undefined };
    sheets.set(stylesheet, entry);
  }
  return entry;
}

const isStyleRoot = (node: Node | undefined): node is StyleRoot => node !== undefined && "adoptedStyleSheets" in node;

function adopt(root: StyleRoot, sheet: CSSStyleSheet): void {
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

function drop(root: StyleRoot, sheet: CSSStyleSheet): void {
  root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
}

/** Moves the <style> elements of `root` into one constructable stylesheet each, in the same order. */
function adoptStyleElements(root: ShadowRoot): void {
  for (const style of [...root.children].filter((child) => child.localName === "style")) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style.textContent ?? "");
    adopt(root, sheet);
    style.remove();
  }
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
 * Makes BokehJS adopt its CSS as constructable stylesheets: every InlineStyleSheet keeps its text, as BokehJS reads
 * it back, in its never-connected <style> element and mirrors it into a `CSSStyleSheet` that the shadow root it is
 * installed in adopts (the document for BokehJS's global sheets). The <style> elements already installed in
 * `importRoots`, the shadow roots BokehJS made while it was imported, are moved the same way. A browser without
 * constructable stylesheets keeps BokehJS's own <style> elements. Throws if `dom` is not BokehJS's `core/dom`
 * module as this code knows it, so that a BokehJS upgrade that changes it fails loudly, not under CSP only.
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
    _update(this: object, css: string) {
      // While a plot streams, BokehJS sets most of its sheets to the text they already have, many times a frame.
      const entry = entryOf(this);
      if (css === entry.css) return;
      _update.call(this, css);
      entry.css = css;
      entry.sheet.replaceSync(css);
    },
    install(this: object, target?: Node) {
      if (!isStyleRoot(target)) return install.call(this, target);
      const entry = entryOf(this);
      if (entry.root !== undefined && entry.root !== target) drop(entry.root, entry.sheet);
      entry.root = target;
      adopt(target, entry.sheet);
    },
    uninstall(this: object) {
      const entry = entryOf(this);
      if (entry.root !== undefined) drop(entry.root, entry.sheet);
      entry.root = undefined;
      uninstall.call(this);
    },
  } satisfies InlineStyleSheetMethods);
  const installInDocument = dom.InlineStyleSheet.prototype.install;
  dom.GlobalInlineStyleSheet.prototype.install = function installGlobally(this: object) {
    installInDocument.call(this, document);
  };
  for (const root of importRoots) adoptStyleElements(root);
}
