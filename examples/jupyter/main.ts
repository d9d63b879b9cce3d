// Shows the widget state that export_state.py wrote with Jupyter's own widget manager (dist/jupyter-host.js), and
// counts the pad's samples on the page: without a kernel, the per-frame messages for Python have nowhere to go.
import { fromEvent } from "../../stream/index.js";

interface JupyterHost {
  renderWidgetState(state: unknown, placements: readonly { model_id: string; el: HTMLElement }[]): Promise<void>;
}

interface ExportedState {
  manager_state: unknown;
  view_specs: readonly { model_id: string }[];
}

interface PadSample {
  x: number;
  y: number;
}

const host = Reflect.get(window, "rivuletJupyter") as JupyterHost | undefined;
if (host === undefined) throw new Error("examples/jupyter: dist/jupyter-host.js is not loaded; run npm run build");

const response = await fetch(new URL("./widget-state.json", import.meta.url));
const { manager_state, view_specs } = (await response.json()) as ExportedState;
const [padView, rateView] = view_specs;
const padWidget = document.querySelector<HTMLElement>("#pad-widget");
const rateWidget = document.querySelector<HTMLElement>("#rate-widget");
if (padView === undefined || rateView === undefined || padWidget === null || rateWidget === null) {
  throw new Error("examples/jupyter: widget-state.json needs two views and the page two .widget places");
}
await host.renderWidgetState(manager_state, [
  { model_id: padView.model_id, el: padWidget },
  { model_id: rateView.model_id, el: rateWidget },
]);

const moves = document.querySelector("output#moves");
let count = 0;
fromEvent(padWidget, "riv-event").sink((event) => {
  const sample = (event as CustomEvent<PadSample>).detail;
  count += 1;
  if (moves !== null)
    moves.textContent = `${count} samples, the last at ${Math.round(sample.x)}, ${Math.round(sample.y)}`;
});
