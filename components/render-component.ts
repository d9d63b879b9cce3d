// The element behind render-function components (Panel's JSComponent, anywidget's module format): it runs the
// definition's `initialize` and `render` hooks with a model over its properties, and undoes them on removal.
import { css, type CSSResultGroup } from "lit";
import { AsyncQueue } from "../stream/queue.js";
import { ReactiveHTML } from "./reactive-html.js";
import { readThrough, writeThrough } from "./signal-values.js";
import { WidgetModel, type ModelHost, type ModelView, type WidgetMessage } from "./widget-model.js";

/**
 * A hook's cleanup: undoes what the hook did; may be async.
 *
 * @example
 * const render = ({ el }: { el: HTMLElement }): Cleanup => { const id = setInterval(tick, 1000); return () => clearInterval(id); };
 */
export type Cleanup = () => unknown;

/**
 * What `initialize` and `render` may return: nothing, a cleanup, or (render only) a node to show; or a promise.
 *
 * @example
 * const render = ({ el }: { el: HTMLElement }): HookResult => { el.textContent = "hi"; };
 */
export type HookResult = void | Cleanup | Node | PromiseLike<void | Cleanup | Node>;

/**
 * anywidget's `experimental` argument; `invoke` is not supported outside Jupyter.
 *
 * @example
 * const render = ({ experimental }: { experimental: Experimental }) => experimental.invoke("ping").catch(console.warn);
 */
export interface Experimental {
  /** Rejects: calling the kernel needs Jupyter. */
  invoke(name: string): Promise<never>;
}

/**
 * The hooks of a render-function component, typed by its properties.
 *
 * @example
 * const hooks: WidgetHooks<{ count: number }> = { render: ({ model, el }) => { el.textContent = String(model.count); } };
 */
export interface WidgetHooks<Props extends object> {
  /** Runs when the element is connected, before `render`; its cleanup runs when the element is removed. */
  readonly initialize?: (context: { model: ModelView<Props>; experimental: Experimental }) => HookResult;
  /** Builds the element's content in `el`; may return a node to append, or a cleanup run when it is removed. */
  readonly render?: (context: { model: ModelView<Props>; el: HTMLElement; experimental: Experimental }) => HookResult;
}

/**
 * The name of the `CustomEvent` dispatched for each `model.send`; `detail` is the `WidgetMessage`.
 *
 * @example
 * widget.addEventListener(messageEventName, (event) => console.log((event as CustomEvent<WidgetMessage>).detail.content));
 */
export const messageEventName = "riv-message";

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === "function";
}

/** Calls `next` with `value`, now when it is plain, or when it resolves (errors reported, never swallowed). */
function whenSettled(value: unknown, next: (settled: unknown) => void): void {
  if (isThenable(value)) value.then(next, reportError);
  else next(value);
}

/** Runs a cleanup, reporting (not throwing) what it throws or rejects, so the other cleanups still run. */
function runCleanup(cleanup: unknown): void {
  if (typeof cleanup !== "function") return;
  try {
    const result: unknown = (cleanup as Cleanup)();
    if (isThenable(result)) result.then(undefined, reportError);
  } catch (error) {
    reportError(error);
  }
}

/**
 * A `ReactiveHTML` element whose content is made by `static widget.render({ model, el })` rather than a template.
 * `model.send` goes into `messages` (bounded, drop-oldest) and is dispatched as `riv-message`; `send` delivers a
 * message to the hooks' `msg:custom` listeners. `domEvents` and `onEvent` address nodes the render function made.
 *
 * @example
 * class Counter extends RenderComponent {
 *   static override properties = { value: { type: Number } };
 *   static override widget = { render: ({ model, el }) => { el.textContent = String(model.get("value")); } };
 * }
 * customElements.define("my-counter", Counter);
 */
export class RenderComponent extends ReactiveHTML {
  static override styles: CSSResultGroup = css`
    :host {
      display: block;
    }
  `;
  /** The hooks; `defineComponent` sets them from its definition. */
  static widget: WidgetHooks<object> = {};

  /** What the hooks sent with `model.send`. */
  messages: AsyncQueue<WidgetMessage> = new AsyncQueue<WidgetMessage>({ capacity: 1000, overflow: "drop-oldest" });
  /** The node the render function fills: anywidget's and Panel's `el`. */
  readonly el: HTMLDivElement = document.createElement("div");
  private readonly model: WidgetModel<object>;
  private readonly host: ModelHost;
  private run: { initialize: object; render: object; cleanups: unknown[] } | undefined;

  constructor() {
    super();
    const element = this as unknown as Record<string, unknown>;
    const host: ModelHost = {
      propertyNames: [...(this.constructor as typeof RenderComponent).elementProperties.keys()].filter(
        (key): key is string => typeof key === "string",
      ),
      label: `<${this.localName}>`,
      read: (name) => readThrough(element[name]),
      write: (name, value) => writeThrough(element, name, value),
      post: (message) => {
        if (!this.messages.isClosed) this.messages.put(message);
        this.dispatchEvent(new CustomEvent(messageEventName, { detail: message, bubbles: true, composed: true }));
      },
    };
    this.host = host;
    this.model = new WidgetModel(host);
  }

  /**
   * Delivers a message to the hooks' `msg:custom` listeners, as a Jupyter kernel's `send` would.
   *
   * @example
   * counter.send({ reset: true });
   */
  send(content: unknown, buffers: readonly (ArrayBuffer | ArrayBufferView)[] = []): void {
    this.model.receive({ content, buffers });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopHooks();
  }

  protected override render(): unknown {
    // Read every property, so that a signal held by one is followed and its changes reach `change:` listeners.
    for (const name of this.host.propertyNames) this.host.read(name);
    return this.el;
  }

  protected override updated(): void {
    if (this.run === undefined && this.isConnected) this.startHooks();
    else this.model.notifyChanges();
    this.attachBindings();
  }

  private startHooks(): void {
    const { initialize, render } = (this.constructor as typeof RenderComponent).widget;
    const run = { initialize: {}, render: {}, cleanups: [] as unknown[] };
    this.run = run;
    this.model.remember(); // the values the hooks start from are not changes
    const experimental: Experimental = {
      invoke: (name) =>
        Promise.reject(new Error(`<${this.localName}>: experimental.invoke("${name}") needs a Jupyter kernel`)),
    };
    const rendered = (result: unknown): void => {
      if (this.run !== run) return runCleanup(result); // removed before an async render finished
      if (result instanceof Node) this.el.append(result);
      else run.cleanups.push(result);
      this.attachBindings();
    };
    const initialized = (result: unknown): void => {
      if (this.run !== run) return runCleanup(result);
      run.cleanups.push(result);
      if (render === undefined) return;
      whenSettled(render({ model: this.model.view(run.render), el: this.el, experimental }), rendered);
    };
    const initializing =
      initialize === undefined ? undefined : initialize({ model: this.model.view(run.initialize), experimental });
    whenSettled(initializing, initialized);
  }

  private stopHooks(): void {
    const run = this.run;
    if (run === undefined) return;
    this.run = undefined;
    // Undo in reverse: render's cleanup and listeners, its DOM, then initialize's.
    runCleanup(run.cleanups[1]);
    this.model.release(run.render);
    this.el.replaceChildren();
    runCleanup(run.cleanups[0]);
    this.model.release(run.initialize);
  }
}
