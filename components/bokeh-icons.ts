// Serves BokehJS's toolbar icons and logo as files instead of the `data:` images in its CSS, which a strict
// Content-Security-Policy (`img-src 'self'`) blocks: the build writes each to dist/bokeh-icons/<hash>.svg or .png and a
// page that says where they are (a <meta name="rivulet-bokeh-icons">) gets its CSS rewritten to load them from there.

/**
 * Every `url(…)` of an SVG or PNG `data:` URL in CSS text, quoted with `"` or `'` or not at all (BokehJS's logo);
 * the URL is group 1, 2 or 3.
 */
const iconPattern =
  /url\((?:"(data:image\/(?:svg\+xml|png)[,;][^"]*)"|'(data:image\/(?:svg\+xml|png)[,;][^']*)'|(data:image\/(?:svg\+xml|png)[,;][^"')\s]*))\)/g;

const urlOf = (double?: string, single?: string, bare?: string) => double ?? single ?? bare ?? "";

/** The name of the <meta> element whose `content` says where the icon files are served. */
export const bokehIconsMetaName = "rivulet-bokeh-icons";

/**
 * The file name of the icon behind an SVG or PNG `data:` URL: the FNV-1a 32-bit hash of the URL's UTF-16 code units
 * as 8 hex digits, then `.svg` or `.png`. The build (scripts/bokeh-icons.mjs) and the browser both name icons with it.
 *
 * @example
 * bokehIconFile("data:image/svg+xml,%3Csvg%2F%3E"); // "…8 hex digits….svg"
 */
export function bokehIconFile(url: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i += 1) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193);
  const extension = url.startsWith("data:image/png") ? "png" : "svg";
  return `${(hash >>> 0).toString(16).padStart(8, "0")}.${extension}`;
}

/**
 * Every distinct SVG or PNG `data:` URL that `css` uses in a `url(…)`, in order of first use.
 *
 * @example
 * bokehIconUrls('.a{mask-image:url("data:image/svg+xml,%3Csvg%2F%3E")}'); // ["data:image/svg+xml,%3Csvg%2F%3E"]
 */
export function bokehIconUrls(css: string): string[] {
  return [...new Set([...css.matchAll(iconPattern)].map(([, double, single, bare]) => urlOf(double, single, bare)))];
}

/**
 * `css` with each SVG or PNG `data:` URL replaced by `url("<base><file>")`, `base` being an absolute URL ending in `/`.
 *
 * @example
 * rewriteBokehIcons(css, "https://example.org/dist/bokeh-icons/");
 */
export function rewriteBokehIcons(css: string, base: string): string {
  return css.replace(
    iconPattern,
    (_, double?: string, single?: string, bare?: string) =>
      `url("${base}${bokehIconFile(urlOf(double, single, bare))}")`,
  );
}

/**
 * Where `document` says BokehJS's icon files are, from `<meta name="rivulet-bokeh-icons" content="/dist/bokeh-icons/">`,
 * resolved against the document's base URL; `undefined` without that element, so that the `data:` URLs stay (and a
 * policy must then allow `img-src data:`).
 *
 * @example
 * const base = bokehIconsBase(document); // "http://127.0.0.1:8000/dist/bokeh-icons/"
 */
export function bokehIconsBase(document: Document): string | undefined {
  const content = document.querySelector(`meta[name="${bokehIconsMetaName}"]`)?.getAttribute("content");
  if (content === null || content === undefined) return undefined;
  const base = new URL(content, document.baseURI).href;
  return base.endsWith("/") ? base : `${base}/`;
}
