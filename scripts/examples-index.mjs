// A @web/dev-server plugin that answers `/` and `/examples/` with a page listing every example folder,
// titled by the first heading of its README.md and summed up by its first paragraph, so new examples appear without editing an index by hand.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** The examples as `{ name, title, summary }`, sorted by folder name. */
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
      return { name: entry.name, title, summary };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function renderIndex(examples) {
  const items = examples
    .map(
      ({ name, title, summary }) =>
        `<li><a href="/examples/${name}/">${escapeHtml(title)}</a> — ${escapeHtml(summary)}</li>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>rivulet examples</title></head>
<body><h1>rivulet examples</h1><ul>\n${items}\n</ul></body></html>`;
}

/** Dev-server plugin serving the generated index at `/` and `/examples/`. */
export function examplesIndexPlugin() {
  return {
    name: "rivulet-examples-index",
    serve(context) {
      if (context.path === "/" || context.path === "/examples/" || context.path === "/examples/index.html") {
        return { body: renderIndex(listExamples()), type: "html" };
      }
      return undefined;
    },
  };
}
