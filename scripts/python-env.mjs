// The project-local Python environment (`.venv/`) for the tests and benchmarks that run the real Python halves of
// rivulet's hosts and peers (bokeh, panel, holoviews, anywidget, ipywidgets, streamz). Creates it on first use from
// `python/requirements.txt` (every package pinned) with a Python of at least 3.12, which Bokeh 3.10 needs, and
// installs it again only when that file changes. `node scripts/python-env.mjs` prepares it and prints the
// interpreter's path.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const requirementsFile = join(root, "python", "requirements.txt");

/** The folder of the environment: `.venv/` in the repository, or `RIVULET_VENV` when set. */
export const venvDir = process.env.RIVULET_VENV || join(root, ".venv");

/** The environment's interpreter. */
export const venvPython = join(venvDir, "bin", "python");

const stampFile = join(venvDir, "rivulet-requirements.sha256");
const minimumMinor = 12;

/** The major and minor version of an interpreter, or undefined when it does not run. */
function versionOf(python) {
  const result = spawnSync(python, ["-c", "import sys; print(sys.version_info[0], sys.version_info[1])"], {
    encoding: "utf8",
  });
  if (result.status !== 0) return undefined;
  const [major, minor] = result.stdout.trim().split(" ").map(Number);
  return { major, minor };
}

/** Interpreters to try, newest first: `RIVULET_PYTHON`, then those on PATH, then pyenv's installed versions. */
function candidates() {
  const pyenvVersions = join(process.env.PYENV_ROOT || join(homedir(), ".pyenv"), "versions");
  const fromPyenv = existsSync(pyenvVersions)
    ? readdirSync(pyenvVersions)
        .filter((name) => /^3\.\d+\.\d+$/.test(name))
        .sort((a, b) => Number(b.split(".")[1]) - Number(a.split(".")[1]))
        .map((name) => join(pyenvVersions, name, "bin", "python3"))
    : [];
  const fromPath = ["python3.13", "python3.12", "python3"];
  return [process.env.RIVULET_PYTHON, ...fromPath, ...fromPyenv].filter(Boolean);
}

/** The first interpreter of at least Python 3.12; throws, naming what was tried, when there is none. */
export function findBasePython() {
  const tried = [];
  for (const python of candidates()) {
    const version = versionOf(python);
    tried.push(`${python} (${version ? `${version.major}.${version.minor}` : "not found"})`);
    if (version && version.major === 3 && version.minor >= minimumMinor) return python;
  }
  throw new Error(
    `rivulet: no Python 3.${minimumMinor} or newer for the Python tests (Bokeh 3.10 needs it); tried ${tried.join(", ")}. ` +
      `Install one (pyenv install 3.12) or set RIVULET_PYTHON to its path.`,
  );
}

const requirementsHash = () => createHash("sha256").update(readFileSync(requirementsFile)).digest("hex");

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: "1" },
  });
  if (result.status !== 0) throw new Error(`rivulet: ${[command, ...args].join(" ")} failed (exit ${result.status})`);
}

/**
 * Makes sure `.venv/` exists with exactly `python/requirements.txt` installed, and returns its interpreter.
 *
 * @example
 * const python = ensurePythonEnv(); // ".../.venv/bin/python"
 */
export function ensurePythonEnv() {
  const hash = requirementsHash();
  if (existsSync(venvPython) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash) return venvPython;
  rmSync(venvDir, { recursive: true, force: true });
  console.log(`rivulet: creating the Python environment in ${venvDir} from python/requirements.txt…`);
  run(findBasePython(), ["-m", "venv", venvDir]);
  run(venvPython, ["-m", "pip", "install", "--quiet", "--no-input", "-r", requirementsFile]);
  writeFileSync(stampFile, hash);
  return venvPython;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensurePythonEnv());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
