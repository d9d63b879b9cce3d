// The project-local Python environment: its Bokeh is the version of the BokehJS that rivulet ships, so a document
// made on one side is read by the other, and every package is the one python/requirements.txt pins.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect } from "chai";
import { ensurePythonEnv } from "../../scripts/python-env.mjs";

const python = ensurePythonEnv();

/** Runs Python code in the environment and returns what it printed. */
function pythonPrints(code) {
  const result = spawnSync(python, ["-c", code], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

describe("the Python environment", () => {
  it("has the Bokeh whose version is the BokehJS that package.json pins", () => {
    const bokehjs = JSON.parse(readFileSync("package.json", "utf8")).dependencies["@bokeh/bokehjs"];
    expect(pythonPrints("import bokeh; print(bokeh.__version__)")).to.equal(bokehjs);
  });

  it("has every version python/requirements.txt pins", () => {
    const normalize = (line) => line.trim().toLowerCase().replaceAll("_", "-");
    const pinned = readFileSync("python/requirements.txt", "utf8")
      .split("\n")
      .filter((line) => line.includes("=="))
      .map(normalize);
    const installed = pythonPrints(
      "import importlib.metadata as m; print('\\n'.join(f'{d.metadata[\"Name\"]}=={d.version}' for d in m.distributions()))",
    )
      .split("\n")
      .map(normalize);
    expect(installed).to.include.members(pinned);
  });
});
