// A Jupyter widget host for a plain page without a kernel: the real @jupyter-widgets/html-manager with the real
// anywidget front end as the loader of the "anywidget" module, and the renderer of widget state that
// `ipywidgets.embed` wrote. Bundled by scripts/jupyter-host.mjs into dist/jupyter-host.js (global `rivuletJupyter`).
import "./amd-capture.js";
import "anywidget";
import * as base from "@jupyter-widgets/base";
import { HTMLManager } from "@jupyter-widgets/html-manager/lib/htmlmanager.js";
import { takeAmdFactory } from "./amd-capture.js";

/** anywidget's widget classes, as its Jupyter extension registers them. */
export const anywidgetModule = takeAmdFactory()(base) as Record<string, unknown>;

/**
 * An HTMLManager that loads anywidget's `AnyModel`/`AnyView` for the "anywidget" module, as Jupyter does.
 *
 * @example
 * const manager = rivuletJupyter.widgetManager();
 * await manager.set_state(state); // the manager_state ipywidgets.embed.embed_data wrote
 */
export function widgetManager(): HTMLManager {
  return new HTMLManager({
    loader: (moduleName: string, moduleVersion: string) => {
      if (moduleName === "anywidget") return Promise.resolve(anywidgetModule);
      return Promise.reject(new Error(`jupyter-host: no module ${moduleName}@${moduleVersion}; only anywidget`));
    },
  });
}

/** The widget state ipywidgets writes: models by id, each with its module, name and state. */
type ManagerState = Parameters<HTMLManager["set_state"]>[0];

/** A module path such as `../../dist/rivulet-widget.js`, as opposed to module text or an http(s) URL. */
const relativeModule = /^\.{0,2}\/[^\n]*\.js$/;

/**
 * Points each anywidget `_esm` that is a relative path at its absolute URL: anywidget imports http(s) URLs and
 * module text (through a Blob URL, which a strict Content-Security-Policy blocks), so a page under such a policy
 * exports its widgets with `_esm` naming the served file.
 */
function resolveModulePaths(managerState: ManagerState, base: string): void {
  for (const model of Object.values(managerState.state)) {
    const esm = model.state._esm;
    if (model.model_module === "anywidget" && typeof esm === "string" && relativeModule.test(esm)) {
      model.state._esm = new URL(esm, base).href;
    }
  }
}

function readJson(script: Element, what: string): unknown {
  try {
    return JSON.parse(script.textContent ?? "");
  } catch (error) {
    throw new Error(`jupyter-host: the ${what} script is not JSON (${String(error)}); paste ipywidgets.embed's output`);
  }
}

/** Where one view of a widget goes: the model's id, as ipywidgets' `view_specs` give it, and the element. */
export interface ViewPlacement {
  readonly model_id: string;
  readonly el: HTMLElement;
}

/**
 * Renders widget state that `ipywidgets.embed` exported (`embed_data(...)["manager_state"]`): one view per
 * placement. An anywidget `_esm` that is a relative path is resolved against the page first. Resolves once every
 * view is shown.
 *
 * @example
 * const { manager_state, view_specs } = await (await fetch("./widget-state.json")).json();
 * await rivuletJupyter.renderWidgetState(manager_state, [{ model_id: view_specs[0].model_id, el }]);
 */
export async function renderWidgetState(
  managerState: ManagerState,
  placements: readonly ViewPlacement[],
): Promise<void> {
  resolveModulePaths(managerState, document.baseURI);
  const manager = widgetManager();
  const models = await manager.set_state(managerState);
  await Promise.all(
    placements.map(async ({ model_id, el }) => {
      const model = models.find((candidate) => candidate.model_id === model_id);
      if (model === undefined) throw new Error(`jupyter-host: the widget state has no model ${model_id}`);
      await manager.display_view(await manager.create_view(model), el);
    }),
  );
}

/**
 * Renders the widgets `ipywidgets.embed` put in `root` (`embed_minimal_html`, `embed_snippet`): the state in its
 * `<script type="application/vnd.jupyter.widget-state+json">`, each view where its
 * `<script type="application/vnd.jupyter.widget-view+json">` is.
 *
 * @example
 * await rivuletJupyter.renderEmbedded(document);
 */
export async function renderEmbedded(root: ParentNode = document): Promise<void> {
  const stateScript = root.querySelector('script[type="application/vnd.jupyter.widget-state+json"]');
  if (stateScript === null) {
    throw new Error("jupyter-host: no widget-state script in the page; embed one with ipywidgets.embed.embed_data");
  }
  const viewScripts = [...root.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]')];
  const placements = viewScripts.map((script) => {
    const el = Object.assign(document.createElement("div"), { className: "widget-output" });
    script.before(el);
    return { model_id: (readJson(script, "widget-view") as { model_id: string }).model_id, el };
  });
  await renderWidgetState(readJson(stateScript, "widget-state") as ManagerState, placements);
}

export { HTMLManager };
