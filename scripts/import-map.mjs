// Generates the import map a page needs to load rivulet's ESM build (dist/index.js) with no bundler: every bare
// import of dist/ and, transitively, of the packages it imports, mapped to its file under node_modules. `--write`
// puts it into examples/plain-html/esm.html (with the matching CSP hash); `--check` fails when the page has drifted.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { init, parse } from "es-module-lexer";
import { resolveExports } from "resolve-pkg-maps";
import { natsClientFiles, natsClientsDir } from "./nats-clients.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The page that carries the generated map. */
export const esmPage = join(root, "examples", "plain-html", "esm.html");

/** The conditions a browser loading production modules matches, in the order packages are asked. */
const conditions = ["browser", "import", "module", "default"];

/** Packages that ship CommonJS only, mapped to their ES module builds in dist/ (scripts/nats-clients.mjs). */
const browserBuilds = new Map(
  Object.entries(natsClientFiles).map(([name, file]) => [name, join(root, natsClientsDir, file)]),
);

/** `lit/directives/live.js` → `["lit", "directives/live.js"]`; scoped names keep their scope. */
function splitSpecifier(specifier) {
  const parts = specifier.split("/");
  const length = specifier.startsWith("@") ? 2 : 1;
  return [parts.slice(0, length).join("/"), parts.slice(length).join("/")];
}

/** The file (absolute path) a bare specifier resolves to, by its package's `exports`, `module` or the path itself. */
function resolveBare(specifier) {
  const [name, subpath] = splitSpecifier(specifier);
  const packageDir = join(root, "node_modules", name);
  const manifestPath = join(packageDir, "package.json");
  if (!existsSync(manifestPath)) {
    throw new Error(
      `import-map: "${specifier}" is imported but ${relative(root, manifestPath)} is missing; run npm ci`,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const target = manifest.exports
    ? resolveExports(manifest.exports, subpath, conditions)[0]
    : subpath || manifest.module || manifest.main || "index.js";
  return join(packageDir, target);
}

/** What a module imports, statically or with a literal `import()`: bare specifiers, and relative ones as files. */
function moduleImports(file) {
  const specifiers = parse(readFileSync(file, "utf8"))[0]
    .map((entry) => entry.n)
    .filter((specifier) => specifier !== undefined && !/^[a-z]+:/.test(specifier));
  const isRelative = (specifier) => /^\.{0,2}\//.test(specifier);
  return {
    bare: specifiers.filter((specifier) => !isRelative(specifier)),
    files: specifiers.filter(isRelative).map((specifier) => join(dirname(file), specifier)),
  };
}

/** Every JavaScript module of the ESM build: dist/ without the self-contained bundle. */
function distModules(dir = join(root, "dist")) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return distModules(path);
    return entry.name.endsWith(".js") && entry.name !== "rivulet.bundle.js" ? [path] : [];
  });
}

/**
 * The `[specifier, file]` pairs of one `exports` entry of rivulet: one pair, or for a pattern such as
 * `./stream/operators/*` one per built file it matches (an import map cannot append the `.js`).
 */
function ownEntryPoints(key, target) {
  if (!key.includes("*")) return [[posix.join("rivulet", key), join(root, target)]];
  const [prefix, suffix] = target.split("*");
  const dir = dirname(join(root, prefix + "x"));
  const start = posix.basename(prefix + "x").slice(0, -1);
  return readdirSync(dir)
    .filter((name) => name.startsWith(start) && name.endsWith(suffix))
    .map((name) => [
      posix.join("rivulet", key.replace("*", name.slice(start.length, -suffix.length))),
      join(dir, name),
    ]);
}

/**
 * The import map for a page at `pageDir` that loads rivulet's ESM build (`rivulet` is `dist/index.js`, and each
 * entry point of its `exports` likewise) and what it imports: `{ imports }`, sorted, with
 * URLs relative to the page. Needs `npm run build` first.
 *
 * @example
 * const map = await importMap(); // { imports: { rivulet: "../../dist/index.js", lit: "../../node_modules/lit/index.js", … } }
 */
export async function importMap(pageDir = dirname(esmPage)) {
  await init;
  const url = (file) => relative(pageDir, file).split("\\").join("/");
  // rivulet's own entry points, from its package.json `exports`: `rivulet`, `rivulet/stream`, ….
  const { exports } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const resolved = new Map(Object.entries(exports).flatMap(([key, target]) => ownEntryPoints(key, target.default)));
  const pending = distModules();
  if (pending.length === 0) throw new Error("import-map: dist/ has no modules; run npm run build first");
  const seen = new Set(pending);
  const visit = (file) => {
    if (!seen.has(file)) pending.push(file);
    seen.add(file);
  };
  while (pending.length > 0) {
    const { bare, files } = moduleImports(pending.pop());
    files.forEach(visit);
    for (const specifier of bare) {
      if (!resolved.has(specifier)) resolved.set(specifier, browserBuilds.get(specifier) ?? resolveBare(specifier));
      visit(resolved.get(specifier));
    }
  }
  const imports = Object.fromEntries([...resolved].sort(([a], [b]) => a.localeCompare(b)).map(([s, f]) => [s, url(f)]));
  return { imports };
}

/** The `<script type="importmap">` text for `map`, indented as the page has it. */
export const importMapScript = (map) => `\n${JSON.stringify(map, null, 2).replace(/^/gm, "      ")}\n    `;

/** The CSP source that allows exactly this inline import map: `'sha256-…'` of its text. */
export const scriptHash = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const mapPattern = /(<script type="importmap">)([\s\S]*?)(<\/script>)/;
const cspPattern = /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;

/** The page's current inline map text and its CSP meta content; an error names what is missing. */
export function readPage(page = readFileSync(esmPage, "utf8")) {
  const map = mapPattern.exec(page)?.[2];
  const csp = cspPattern.exec(page)?.[2];
  if (map === undefined || csp === undefined) {
    throw new Error(`import-map: ${relative(root, esmPage)} needs a <script type="importmap"> and a CSP <meta>`);
  }
  return { map, csp };
}

/** The page as it should be: the generated map, and a policy allowing scripts from 'self' and that map only. */
export async function expectedPage(page = readFileSync(esmPage, "utf8")) {
  const text = importMapScript(await importMap());
  const policy = `default-src 'self'; script-src 'self' ${scriptHash(text)}`;
  return page
    .replace(mapPattern, (_, open, __, close) => `${open}${text}${close}`)
    .replace(cspPattern, `$1${policy}$3`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const page = readFileSync(esmPage, "utf8");
  const expected = await expectedPage(page);
  if (process.argv.includes("--write")) {
    writeFileSync(esmPage, expected);
    console.log(`import-map: wrote ${Object.keys(JSON.parse(readPage(expected).map).imports).length} entries`);
  } else if (page !== expected) {
    console.error(`import-map: ${relative(root, esmPage)} is out of date; run node scripts/import-map.mjs --write`);
    process.exit(1);
  } else {
    console.log(readPage(page).map);
  }
}
