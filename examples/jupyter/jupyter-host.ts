// A Jupyter widget host for a plain page without a kernel: the real @jupyter-widgets/html-manager with the real
// anywidget front end as the loader of the "anywidget" module. Bundled by scripts/jupyter-host.mjs into
// dist/jupyter-host.js for the example and the tests.
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
 * const manager = widgetManager();
 * await manager.set_state(state); // the widget state ipywidgets.embed wrote
 */
export function widgetManager(): HTMLManager {
  return new HTMLManager({
    loader: (moduleName: string, moduleVersion: string) => {
      if (moduleName === "anywidget") return Promise.resolve(anywidgetModule);
      return Promise.reject(new Error(`jupyter-host: no module ${moduleName}@${moduleVersion}; only anywidget`));
    },
  });
}

export { HTMLManager };
