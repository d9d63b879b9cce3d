// Makes sure Debian's Chromium is installed before browser tests run: installs it with apt when we are root,
// otherwise stops with one line saying what to install.
import { spawnSync } from "node:child_process";
import { chromiumInstalled, chromiumPath } from "./chromium.mjs";

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

if (!chromiumInstalled()) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || process.env.CHROME_PATH) {
    console.error(
      `rivulet: no Chromium at ${chromiumPath}; install Debian's package (sudo apt-get install chromium) or set CHROME_PATH`,
    );
    process.exit(1);
  }
  console.log("rivulet: installing Debian's chromium package for the browser tests…");
  const installed = run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", "chromium"]);
  if (!installed || !chromiumInstalled()) {
    console.error(`rivulet: apt-get could not install chromium; install it by hand (apt-get install chromium)`);
    process.exit(1);
  }
}
