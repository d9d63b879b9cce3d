// @web/test-runner setup: every test/**/*.test.ts runs in Debian's headless Chromium, TypeScript through esbuild.
import { playwrightLauncher } from "@web/test-runner-playwright";
import { defaultReporter } from "@web/test-runner";
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";
import { cdpPlugin } from "./scripts/cdp-plugin.mjs";
import { countingReporter } from "./scripts/counting-reporter.mjs";
import { typescriptPlugin } from "./scripts/dev-server.mjs";
import { screenshotPlugin } from "./scripts/screenshot-plugin.mjs";

/**
 * Each test page. Lit stays in dev mode, so its real warnings show; only its one-off "Lit is in dev mode" notice is
 * marked as already issued, the way Lit documents (https://lit.dev/msg/dev-mode).
 */
const testRunnerHtml = (testFramework) => `<!doctype html><html><head>
<script>globalThis.litIssuedWarnings = new Set(["dev-mode"]);</script>
</head><body><script type="module" src="${testFramework}"></script></body></html>`;

export default {
  files: ["test/**/*.test.ts"],
  nodeResolve: { exportConditions: ["browser", "development"] },
  plugins: [typescriptPlugin(), screenshotPlugin(), cdpPlugin()],
  browsers: [playwrightLauncher({ product: "chromium", launchOptions: chromiumLaunchOptions() })],
  concurrency: 2,
  testRunnerHtml,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  reporters: [defaultReporter(), countingReporter()],
};
