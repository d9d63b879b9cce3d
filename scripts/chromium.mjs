// Where Debian's Chromium lives and how rivulet launches it headless: shared by tests, benchmarks and tools.
import { existsSync } from "node:fs";

/** Path of the Chromium binary: `CHROME_PATH` when set, otherwise Debian's `/usr/bin/chromium`. */
export const chromiumPath = process.env.CHROME_PATH || "/usr/bin/chromium";

/** Whether the Chromium binary is present. */
export const chromiumInstalled = () => existsSync(chromiumPath);

/**
 * Flags for headless Chromium on a closed, root-run machine. Playwright adds a fresh `--user-data-dir` itself.
 * Without the background-networking flags Chromium keeps dialling hosts this machine cannot reach.
 */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Playwright `launchOptions` for Debian's Chromium. */
export const chromiumLaunchOptions = () => ({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
});
