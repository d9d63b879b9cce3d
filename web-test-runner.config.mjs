// @web/test-runner setup: every test/**/*.test.ts runs in Debian's headless Chromium, TypeScript through esbuild.
import { playwrightLauncher } from "@web/test-runner-playwright";
import { defaultReporter } from "@web/test-runner";
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";
import { countingReporter } from "./scripts/counting-reporter.mjs";
import { typescriptPlugin } from "./scripts/dev-server.mjs";
import { screenshotPlugin } from "./scripts/screenshot-plugin.mjs";
import { cspPlugin } from "./scripts/csp-plugin.mjs";

export default {
  files: ["test/**/*.test.ts"],
  nodeResolve: { exportConditions: ["browser", "development"] },
  plugins: [typescriptPlugin(), screenshotPlugin(), cspPlugin()],
  browsers: [playwrightLauncher({ product: "chromium", launchOptions: chromiumLaunchOptions() })],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  reporters: [defaultReporter(), countingReporter()],
};
