// What a kernel does for a widget, without a kernel: opens a widget's comm with its state in the real
// HTMLManager (dist/jupyter-host.js), records what the front end sends, answers each message with an "idle" status
// (ipywidgets' throttle holds back every update after the first until it sees one) and sends updates back.

/** A message the front end sent over the comm: `data.method` is "update" (state) or "custom" (`model.send`). */
export interface SentMessage {
  readonly data: { method: string; state?: Record<string, unknown>; content?: unknown };
}

/** The part of an ipywidgets model the tests read. */
export interface HostedModel {
  get(name: string): unknown;
}

/** The part of the HTMLManager the tests use. */
interface Manager {
  handle_comm_open(comm: StandInComm, message: unknown): Promise<HostedModel>;
  create_view(model: HostedModel): Promise<{ remove(): void }>;
  display_view(view: unknown, el: HTMLElement): Promise<void>;
}

type Callbacks = { iopub?: { status?: (message: unknown) => void } } | undefined;

/** The comm a kernel would open for one widget, as ipywidgets' `IClassicComm`. */
export class StandInComm {
  readonly target_name = "jupyter.widget";
  readonly sent: SentMessage[] = [];
  private onMessage: ((message: unknown) => void) | undefined;
  private count = 0;

  constructor(readonly comm_id: string) {}

  /** Records `data` and, a moment later as a kernel does once it has handled it, reports the kernel idle. */
  send(data: SentMessage["data"], callbacks: Callbacks): string {
    this.sent.push({ data });
    this.count += 1;
    const status = callbacks?.iopub?.status;
    if (status !== undefined) queueMicrotask(() => status({ content: { execution_state: "idle" } }));
    return `${this.comm_id}-${this.count}`;
  }

  on_msg(callback: (message: unknown) => void): void {
    this.onMessage = callback;
  }

  on_close(): void {}

  close(): string {
    return "";
  }

  open(): string {
    return "";
  }

  /** Delivers a kernel's state update to the front end, as `widget.prop = value` in Python does. */
  update(state: Record<string, unknown>): void {
    this.onMessage?.({ content: { data: { method: "update", state, buffer_paths: [] } }, buffers: [] });
  }

  /** The custom messages sent so far (`model.send` contents). */
  customMessages(): unknown[] {
    return this.sent.filter((message) => message.data.method === "custom").map((message) => message.data.content);
  }

  /** The states of the update messages sent so far. */
  updates(): Record<string, unknown>[] {
    return this.sent.flatMap((message) => (message.data.method === "update" ? [message.data.state ?? {}] : []));
  }
}

/** A widget a stand-in kernel opened and the page shows. */
export interface OpenedWidget {
  readonly comm: StandInComm;
  readonly model: HostedModel;
  readonly view: { remove(): void };
}

let opened = 0;

/** The host's global, after loading its classic script once. */
async function jupyterHost(): Promise<{ widgetManager(): Manager }> {
  if (!("rivuletJupyter" in window)) {
    const script = Object.assign(document.createElement("script"), { src: "/dist/jupyter-host.js" });
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener("load", resolve, { once: true });
      script.addEventListener("error", () => reject(new Error("/dist/jupyter-host.js did not load; npm run build")));
    });
    document.head.append(script);
    await loaded;
  }
  return Reflect.get(window, "rivuletJupyter") as { widgetManager(): Manager };
}

/**
 * Opens a rivulet widget with `traits` as a kernel would (comm open with the full state) and shows it in `el`.
 *
 * @example
 * const { comm, model } = await openWidget({ tag: "riv-pad", props: { height: 200 }, html_attributes: {} }, el);
 */
export async function openWidget(traits: Record<string, unknown>, el: HTMLElement): Promise<OpenedWidget> {
  const host = await jupyterHost();
  const esm = await (await fetch("/dist/rivulet-widget.js")).text();
  const manager = host.widgetManager();
  opened += 1;
  const comm = new StandInComm(`rivulet-widget-${opened}`);
  const state = {
    _model_name: "AnyModel",
    _model_module: "anywidget",
    _model_module_version: "~0.11.*",
    _view_name: "AnyView",
    _view_module: "anywidget",
    _view_module_version: "~0.11.*",
    _anywidget_id: "rivulet_elements.widget.RivuletWidget",
    _esm: esm,
    _css: "",
    ...traits,
  };
  const message = { content: { data: { state, buffer_paths: [] } }, metadata: { version: "2.1.0" }, buffers: [] };
  const model = await manager.handle_comm_open(comm, message);
  const view = await manager.create_view(model);
  await manager.display_view(view, el);
  return { comm, model, view };
}
