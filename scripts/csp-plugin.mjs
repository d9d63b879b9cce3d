// A @web/dev-server plugin for the strict-CSP tests: an HTML page requested with `?csp=<name>` is served with that
// named Content-Security-Policy header and, first in its <head>, an external probe script that records every
// `securitypolicyviolation`, uncaught error and console error of the page in `window.rivuletCsp`. The server
// command `csp-example-pages` lists every example page, so a new example is checked without editing the test.
import { listExamples } from "./examples-index.mjs";

/** The policies a test can ask for by name; a page can never choose its own policy text. */
export const cspPolicies = {
  strict: "default-src 'self'",
  // BokehJS's toolbar icons are data: URLs in its CSS.
  "data-images": "default-src 'self'; img-src 'self' data:",
  // BokehJS's WebGL backend runs regl, which builds its draw calls with Function().
  "webgl-eval": "default-src 'self'; script-src 'self' 'unsafe-eval'",
};

/** Where the probe script is served; it is not a file, so nothing else can shadow it. */
export const cspProbePath = "/__rivulet_csp__/probe.js";

// Runs before any other script of the page, so nothing the page does can happen unobserved.
const probe = `const record = { violations: [], errors: [] };
window.rivuletCsp = record;
document.addEventListener(
  "securitypolicyviolation",
  (event) => {
    record.violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile + ":" + event.lineNumber,
      element: String(event.composedPath()[0]?.nodeName).toLowerCase(),
    });
  },
  { capture: true },
);
addEventListener("error", (event) => record.errors.push(String(event.message)));
addEventListener("unhandledrejection", (event) => record.errors.push("unhandled rejection: " + String(event.reason)));
const consoleError = console.error.bind(console);
console.error = (...parts) => {
  record.errors.push(parts.map(String).join(" "));
  consoleError(...parts);
};
`;

/** Plugin factory for the web-test-runner config. */
export function cspPlugin() {
  return {
    name: "rivulet-csp",
    executeCommand({ command }) {
      if (command !== "csp-example-pages") return undefined;
      return listExamples().map(({ name }) => `/examples/${name}/`);
    },
    serve(context) {
      if (context.path === cspProbePath) return { body: probe, type: "js" };
      return undefined;
    },
    transform(context) {
      const name = context.URL.searchParams.get("csp");
      if (name === null || !context.response.is("html")) return undefined;
      const policy = cspPolicies[name];
      if (policy === undefined) {
        const known = Object.keys(cspPolicies).join(", ");
        throw new Error(`csp-plugin: policy "${name}" is not known; use one of ${known}, e.g. ?csp=strict`);
      }
      const page = String(context.body);
      if (!page.includes("<head>")) throw new Error(`csp-plugin: ${context.path} has no <head> to put the probe in`);
      return {
        body: page.replace("<head>", `<head><script src="${cspProbePath}"></script>`),
        headers: { "Content-Security-Policy": policy },
      };
    },
  };
}
