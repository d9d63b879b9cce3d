// A @web/test-runner plugin: a test calls `executeServerCommand("save-screenshot", { name: "example.png" })` and
// the page as it looks now is saved as test-output/example.png, for a person to look at after the run.
import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";

/** Directory the screenshots go to. */
export const screenshotDir = "test-output";

/** Plugin factory for the web-test-runner config. */
export function screenshotPlugin() {
  return {
    name: "rivulet-save-screenshot",
    async executeCommand({ command, payload, session }) {
      if (command !== "save-screenshot") return undefined;
      const name = basename(String(payload?.name ?? ""));
      if (!name.endsWith(".png")) throw new Error(`save-screenshot: name "${name}" is not a .png file name`);
      mkdirSync(screenshotDir, { recursive: true });
      const path = join(screenshotDir, name);
      await session.browser.getPage(session.id).screenshot({ path });
      return path;
    },
  };
}
