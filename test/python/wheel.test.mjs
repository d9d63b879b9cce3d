// The Python package as a wheel: built by pip in the project's environment (the pinned setuptools from PyPI), it
// holds bokeh.ext.json, package.json and the built JavaScript, and installed outside the repository it finds both.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect } from "chai";
import { ensurePythonEnv } from "../../scripts/python-env.mjs";

const python = ensurePythonEnv();

/** Runs the environment's Python with `args`; returns what it printed, or throws with its errors. */
function runPython(args, options = {}) {
  const result = spawnSync(python, args, {
    encoding: "utf8",
    env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: "1", ...options.env },
    cwd: options.cwd,
    timeout: 240_000, // a hang guard: spawnSync blocks the event loop, so mocha's own timeout cannot fire
  });
  if (result.status !== 0) throw new Error(`python ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout.trim();
}

const shipped = [
  "rivulet_elements/bokeh.ext.json",
  "rivulet_elements/package.json",
  "rivulet_elements/dist/rivulet-bokeh-server.js",
  "rivulet_elements/dist/rivulet-widget.js",
];

const findsItsFiles = `
import json
from bokeh.embed.bundle import _bundle_extensions
from bokeh.resources import CDN
import rivulet_elements
from rivulet_elements import RivuletElement
from rivulet_elements.widget import widget_module_path
[extension] = _bundle_extensions({RivuletElement()}, CDN)
print(json.dumps({"package": rivulet_elements.__file__, "widget": str(widget_module_path()),
                  "bokeh": str(extension.artifact_path), "exists": extension.artifact_path.is_file()}))
`;

describe("the rivulet-elements wheel", function () {
  this.timeout(300_000);
  const work = mkdtempSync(join(tmpdir(), "rivulet-wheel-"));
  after(() => rmSync(work, { recursive: true, force: true }));

  it("holds the Bokeh extension files and the built JavaScript, and finds them when installed elsewhere", () => {
    const wheels = join(work, "wheels");
    runPython(["-m", "pip", "wheel", "--no-deps", "--no-input", "--quiet", "-w", wheels, "./python"]);
    const [wheel] = readdirSync(wheels).filter((name) => name.endsWith(".whl"));
    expect(wheel, "a wheel").to.match(/^rivulet_elements-0\.1\.0-py3-none-any\.whl$/);
    const members = JSON.parse(
      runPython([
        "-c",
        "import json, sys, zipfile; print(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))",
        join(wheels, wheel),
      ]),
    );
    expect(members).to.include.members(shipped);

    const site = join(work, "site");
    runPython(["-m", "pip", "install", "--no-deps", "--no-input", "--quiet", "--target", site, join(wheels, wheel)]);
    const found = JSON.parse(runPython(["-c", findsItsFiles], { cwd: work, env: { PYTHONPATH: site } }));
    const installed = resolve(site, "rivulet_elements");
    expect(found.package).to.equal(join(installed, "__init__.py"));
    expect(found.widget).to.equal(join(installed, "dist", "rivulet-widget.js"));
    expect(found.bokeh).to.equal(join(installed, "dist", "rivulet-bokeh-server.js"));
    expect(found.exists).to.equal(true);
  });
});
