// @web/test-runner setup: every test/**/*.test.ts runs in Debian's headless Chromium, TypeScript through esbuild.
import { playwrightLauncher } from "@web/test-runner-playwright";
import { defaultReporter } from "@web/test-runner";
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";
import { cdpPlugin } from "./scripts/cdp-plugin.mjs";
import { countingReporter } from "./scripts/counting-reporter.mjs";
import { typescriptPlugin } from "./scripts/dev-server.mjs";
import { freePort } from "./scripts/free-port.mjs";
import { screenshotPlugin } from "./scripts/screenshot-plugin.mjs";
import { cspPlugin } from "./scripts/csp-plugin.mjs";
import { natsClientsPlugin } from "./scripts/nats-clients.mjs";
import { natsPlugin } from "./scripts/nats-plugin.mjs";
import { examplesIndexPlugin } from "./scripts/examples-index.mjs";

/**
 * Each test page. Lit stays in dev mode, so its real warnings show; only its one-off "Lit is in dev mode" notice is
 * marked as already issued, the way Lit documents (https://lit.dev/msg/dev-mode).
 */
const testRunnerHtml = (testFramework) => `<!doctype html><html><head>
<script>globalThis.litIssuedWarnings = new Set(["dev-mode"]);</script>
</head><body><script type="module" src="${testFramework}"></script></body></html>`;

/** Hang guards only, generous for a loaded 2-core machine: tests wait on events and conditions, not on these. */
const minute = 60_000;

/** A test page whose navigation may take as long as the runner allows a test file to start, not Playwright's 30 s. */
async function createPage({ context }) {
  const page = await context.newPage();
  page.setDefaultNavigationTimeout(2 * minute);
  return page;
}

export default {
  files: ["test/**/*.test.ts"],
  port: await freePort(),
  nodeResolve: { exportConditions: ["browser", "development"] },
  // The examples index at /examples/ as `npm start` serves it; `/` stays the runner's own page.
  plugins: [
    natsClientsPlugin(),
    typescriptPlugin(),
    screenshotPlugin(),
    cdpPlugin(),
    cspPlugin(),
    natsPlugin(),
    examplesIndexPlugin({ paths: ["/examples/", "/examples/index.html"] }),
  ],
  browsers: [playwrightLauncher({ product: "chromium", launchOptions: chromiumLaunchOptions(), createPage })],
  concurrency: 2,
  testRunnerHtml,
  testFramework: { config: { timeout: minute } },
  browserStartTimeout: 2 * minute,
  testsStartTimeout: 2 * minute,
  testsFinishTimeout: 10 * minute,
  reporters: [defaultReporter(), countingReporter()],
};
