// Build step (`npm run build`, through tsx): writes each SVG or PNG icon that BokehJS's CSS carries as a `data:`
// URL to dist/bokeh-icons/<hash>.svg or .png, named as components/bokeh-icons.ts names it in the browser, so that a
// page under `img-src 'self'` can load the icons as files.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bokehIconFile, bokehIconUrls } from "../components/bokeh-icons.ts";

/** The BokehJS build that components/bokeh.ts imports, whose CSS the browser sees. */
export const bokehSource = "node_modules/@bokeh/bokehjs/build/js/bokeh.esm.min.js";

/** BokehJS's CSS sits in JS string literals: undoes their escapes (`\'`, `\"`, `\\`) so URLs match the browser's. */
const unescapeJs = (source) => source.replaceAll(/\\(["'`\\])/g, "$1");

/** The bytes of a `data:` URL: base64 or percent-encoded. */
function decodeDataUrl(url) {
  const comma = url.indexOf(",");
  const payload = url.slice(comma + 1);
  return url.slice(0, comma).endsWith(";base64") ? Buffer.from(payload, "base64") : decodeURIComponent(payload);
}

/**
 * Writes every distinct SVG or PNG `data:` URL of `source`'s CSS to `<outDir>/<file>`, replacing the folder;
 * returns the URLs by file name.
 *
 * @example
 * writeBokehIcons({ source: bokehSource, outDir: "dist/bokeh-icons" }); // Map(85) { "1a2b3c4d.svg" => "data:…", … }
 */
export function writeBokehIcons({ source, outDir }) {
  const urls = bokehIconUrls(unescapeJs(readFileSync(source, "utf8")));
  if (urls.length === 0)
    throw new Error(`bokeh-icons: no SVG or PNG data: URL in ${source}; has BokehJS moved its CSS?`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const byName = new Map(urls.map((url) => [bokehIconFile(url), url]));
  if (byName.size !== urls.length) throw new Error(`bokeh-icons: two icon URLs of ${source} share a hash`);
  for (const [name, url] of byName) writeFileSync(join(outDir, name), decodeDataUrl(url));
  return byName;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = "dist/bokeh-icons";
  console.log(`  ${outDir}/: ${writeBokehIcons({ source: bokehSource, outDir }).size} icons`);
}
