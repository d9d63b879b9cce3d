// Keeps URL-valued attributes (src, href, action, …) bound from property values from running code: a URL with a
// scheme that can (javascript:, vbscript:, data: pages) is replaced by a placeholder that loads nothing.

/**
 * What an unsafe URL is replaced with: it loads nothing and runs nothing.
 *
 * @example
 * console.assert(safeUrl("javascript:alert(1)") === blockedUrl);
 */
export const blockedUrl = "about:invalid#rivulet-blocked-url";

const urlScheme = /^[a-z][a-z0-9+.-]*:/i;
const safeUrlScheme = /^(?:https?|mailto|tel|blob):/i;
const safeDataImage = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp)[;,]/i;
// Browsers skip leading control characters and spaces and drop tabs and newlines anywhere in a URL, so
// "java\tscript:" is a javascript: URL; removing them before looking at the scheme sees what the browser sees.
const ignoredInUrls = /[\u0000-\u0020]/g;

/**
 * `url` if it is relative or uses a scheme that cannot run code (http, https, mailto, tel, blob, data images),
 * otherwise `blockedUrl`.
 *
 * @example
 * safeUrl("dice.svg");             // "dice.svg"
 * safeUrl("javascript:alert(1)");  // "about:invalid#rivulet-blocked-url"
 */
export function safeUrl(url: string): string {
  const seen = url.replace(ignoredInUrls, "");
  if (!urlScheme.test(seen) || safeUrlScheme.test(seen) || safeDataImage.test(seen)) return url;
  return blockedUrl;
}

/**
 * `srcset` if every candidate URL in it is safe (see `safeUrl`), otherwise `blockedUrl`.
 *
 * @example
 * safeSrcset("a.png 1x, b.png 2x"); // unchanged
 */
export function safeSrcset(srcset: string): string {
  for (const candidate of srcset.split(",")) {
    const url = candidate.trim().split(/\s+/)[0] ?? "";
    if (safeUrl(url) !== url) return blockedUrl;
  }
  return srcset;
}

/**
 * An SVG animation's `values` (a `;`-separated list) if every value in it is safe (see `safeUrl`), otherwise
 * `blockedUrl`: an animation of `href` sets each of them as a link's URL in turn.
 *
 * @example
 * safeAnimationValues("#a; #b");                  // unchanged
 * safeAnimationValues("#a; javascript:alert(1)"); // "about:invalid#rivulet-blocked-url"
 */
export function safeAnimationValues(values: string): string {
  for (const value of values.split(";")) {
    const url = value.trim();
    if (safeUrl(url) !== url) return blockedUrl;
  }
  return values;
}
