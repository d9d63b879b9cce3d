// A @web/dev-server plugin that answers `/` and `/examples/` with a styled page of cards, one per example folder,
// titled by the first heading of its README.md, described by its first sentence and shown by its committed
// thumbnail.png, so new examples appear without editing an index by hand.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** The first sentence of a paragraph: up to the first full stop followed by a space, or all of it. */
const firstSentence = (text) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/** Escaped text with Markdown `code` spans shown as <code>. */
const inlineMarkdown = (text) => escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");

/**
 * The examples as `{ name, title, summary, description, thumbnail }`, sorted by folder name: `summary` is the
 * README's first paragraph, `description` its first sentence, `thumbnail` whether `thumbnail.png` is committed.
 *
 * @example
 * listExamples().map(({ name }) => `/examples/${name}/`); // ["/examples/drag-rate/", …]
 */
export function listExamples(examplesDir = "examples") {
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, "index.html")))
    .map((entry) => {
      const readmePath = join(examplesDir, entry.name, "README.md");
      const lines = existsSync(readmePath) ? readFileSync(readmePath, "utf8").split("\n") : [];
      const title =
        lines
          .find((line) => line.startsWith("# "))
          ?.slice(2)
          .trim() ?? entry.name;
      const start = lines.findIndex((line) => line.trim() && !line.startsWith("#"));
      const end = lines.findIndex((line, index) => index > start && !line.trim());
      const summary =
        start < 0
          ? ""
          : lines
              .slice(start, end < 0 ? undefined : end)
              .join(" ")
              .trim();
      const thumbnail = existsSync(join(examplesDir, entry.name, "thumbnail.png"));
      return { name: entry.name, title, summary, description: firstSentence(summary), thumbnail };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function renderCard({ name, title, description, thumbnail }) {
  const picture = thumbnail
    ? `<img src="/examples/${name}/thumbnail.png" alt="" width="480" height="320" loading="lazy">`
    : `<span class="no-thumbnail" aria-hidden="true">${escapeHtml(title.slice(0, 1))}</span>`;
  return `<li class="card"><a href="/examples/${name}/">${picture}<h2>${escapeHtml(title)}</h2>
<p>${inlineMarkdown(description)}</p></a></li>`;
}

function renderIndex(examples) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>rivulet examples</title>
<link rel="icon" href="/examples/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/examples/example.css"></head>
<body><h1>rivulet examples</h1>
<p class="lede">Pages that turn what you do with the pointer, the keyboard and widgets into live streams. Each is a
folder under <code>examples/</code> with its page, its code and a README.</p>
<ul class="cards">
${examples.map(renderCard).join("\n")}
</ul></body></html>`;
}

/** The paths the index is served at by default: the site root and the examples folder. */
export const indexPaths = ["/", "/examples/", "/examples/index.html"];

/**
 * Dev-server plugin serving the generated index at `paths` (the test runner, whose own page is `/`, passes only
 * the `/examples/` ones).
 *
 * @example
 * startDevServer({ config: { plugins: [examplesIndexPlugin()] } });
 */
export function examplesIndexPlugin({ paths = indexPaths } = {}) {
  return {
    name: "rivulet-examples-index",
    serve(context) {
      if (paths.includes(context.path)) return { body: renderIndex(listExamples()), type: "html" };
      return undefined;
    },
  };
}
