// The base class of rivulet components: a Lit element whose template is a Panel-style string, whose inner nodes'
// DOM events become serialized samples in a shareable queue, and whose properties may hold signals.
import { LitElement, html, nothing, type PropertyValues } from "lit";
import { AsyncQueue } from "../stream/queue.js";
import { serializeEvent, type EventSample } from "./events.js";
import { compileTemplate, TemplateError, type CompiledTemplate } from "./template.js";
import { SignalTracker } from "./signal-tracker.js";
import { templateValues } from "./template-values.js";
import {
  eventBinding,
  rateGate,
  ratePolicyProblem,
  RatePolicyError,
  type EventBinding,
  type RateGate,
  type RatePolicy,
} from "./rate-policy.js";
import { readControl } from "./two-way.js";
import { readThrough, writeThrough } from "./signal-values.js";
import { bindingTargets, itemSample } from "./template-items.js";
import { adoptClassFields } from "./class-field-defaults.js";
import { ScriptLifecycle, checkScripts, type ComponentScripts } from "./script-lifecycle.js";

/**
 * `onEvent` was given a node id that the component does not have.
 *
 * @example
 * try { view.onEvent("nope", "click", console.log); } catch (error) { console.assert(error instanceof UnknownNodeError); }
 */
export class UnknownNodeError extends Error {
  override name = "UnknownNodeError";
}

/**
 * Options of `onEvent` and of the object form of a `domEvents` entry; `throttle`/`debounce`: see `RatePolicy`.
 *
 * @example
 * view.onEvent("img", "pointermove", queue.put, { coalesced: true, throttle: 16 });
 */
export interface OnEventOptions extends RatePolicy {
  /** Deliver every raw pointer sample from `getCoalescedEvents()`, not only the one per frame; default false. */
  coalesced?: boolean | undefined;
  /** Promise the browser not to call `preventDefault`, so scrolling never waits for the listener. */
  passive?: boolean | undefined;
  /** Listen in the capture phase, before the node's descendants see the event. */
  capture?: boolean | undefined;
}

/**
 * One entry of `static domEvents`: an event type, or a type with listener options.
 *
 * @example
 * const specs: DomEventSpec[] = ["click", { type: "pointermove", coalesced: true, throttle: 16 }];
 */
export type DomEventSpec = string | ({ readonly type: string } & OnEventOptions);

/**
 * `static domEvents`: node id → the events of that node that go into the element's `queue`.
 *
 * @example
 * static override domEvents: DomEvents = { img: ["click", { type: "pointermove", coalesced: true }] };
 */
export type DomEvents = Readonly<Record<string, readonly DomEventSpec[]>>;

/**
 * The name of the `CustomEvent` a component dispatches for each `domEvents` sample; `detail` is the sample.
 *
 * @example
 * pad.addEventListener(sampleEventName, (event) => console.log((event as CustomEvent<EventSample>).detail.x));
 */
export const sampleEventName = "riv-event";

interface NodeBinding {
  readonly node: string;
  readonly type: string;
  readonly listener: (event: Event) => void;
  readonly options: AddEventListenerOptions;
  /** The binding's rate policy gate, if it has one; suspended while the element is disconnected. */
  readonly gate?: RateGate<EventSample> | undefined;
  targets: Element[];
}

const compiledTemplates = new WeakMap<typeof ReactiveHTML, CompiledTemplate | undefined>();

type Deliver = (sample: EventSample, bound: Element) => void;

/** A listener that serializes each event (or each coalesced sample of it) and hands it to `deliver`. */
function serializingListener(node: string, coalesced: boolean, deliver: Deliver) {
  return (event: Event): void => {
    const bound = event.currentTarget as Element;
    if (coalesced && event instanceof PointerEvent) {
      const samples = event.getCoalescedEvents();
      if (samples.length > 0) {
        const box = bound.getBoundingClientRect();
        for (const sample of samples) deliver(serializeEvent(sample, node, bound, box), bound);
        return;
      }
    }
    deliver(serializeEvent(event, node, bound), bound);
  };
}

/**
 * A Lit element written Panel-style. Subclasses declare `static template` (a plain string with `${property}`
 * bindings; every bound node has an `id`), `static properties`, and `static domEvents`; the events listed there
 * are serialized into `queue` and dispatched as `riv-event`. `onEvent` adds bindings at run time. A property may
 * hold a signal: the template shows its value and follows it. Override `render()` for what a string cannot say;
 * signals it reads with `.get()` are followed too (prefer that to @lit-labs/signals 0.3.0's `watch()`, which keeps
 * what it rendered alive after the element is gone).
 *
 * @example
 * class ImageView extends ReactiveHTML {
 *   static override template = '<img id="img" src="${src}">';
 *   static override properties = { src: { type: String } };
 *   static override domEvents = { img: ["click"] };
 *   declare src: string;
 * }
 * customElements.define("image-view", ImageView);
 * const stop = view.onEvent("img", "pointermove", queue.put, { coalesced: true });
 */
export class ReactiveHTML extends LitElement {
  /** The template string, compiled once per class when the class is defined. */
  static template: string | undefined = undefined;
  /** Events of template nodes that go into `queue` and are dispatched as `riv-event`. */
  static domEvents: DomEvents = {};
  /**
   * Properties whose values are child nodes, shown in place by `${name}` (a Node, a template result, or an array
   * of them; strings stay text), and by `${child}` in `each="${child of name}"`. Any other property shows as text.
   */
  static children: readonly string[] = [];
  /** Panel's `_scripts` as functions: `render`, `after_layout`, `remove` and `"change:<property>"`. */
  static scripts: ComponentScripts = {};

  /** Where `domEvents` samples go; assign one queue to many elements to merge their events. */
  queue: AsyncQueue<EventSample> = new AsyncQueue<EventSample>();
  private readonly bindings: NodeBinding[] = [];
  // Not @lit-labs/signals' SignalWatcher: that mixin keeps every element it ever watched alive (lit/lit#5364).
  private readonly signals = new SignalTracker(() => this.requestUpdate());
  private readonly scriptLifecycle = new ScriptLifecycle(
    this,
    (this.constructor as typeof ReactiveHTML).scripts,
    () => this.renderRoot,
  );

  /** Compiles the template and checks `domEvents` at definition time, so a broken class never registers. */
  protected static override finalize(): void {
    if (Object.hasOwn(this, "finalized")) return;
    super.finalize();
    compiledTemplates.set(this, this.compileTemplate());
  }

  /** The compiled template of this class, or undefined when it has none. */
  static compiled(): CompiledTemplate | undefined {
    this.finalize();
    return compiledTemplates.get(this);
  }

  private static compileTemplate(): CompiledTemplate | undefined {
    const owner = this.name || "anonymous ReactiveHTML class";
    const template: unknown = this.template;
    if (template !== undefined && typeof template !== "string") {
      throw new TemplateError(
        `${owner}.template: ${typeof template} is not a string; write it in quotes: '<p>...</p>'`,
      );
    }
    const prototype = this.prototype as unknown as Record<string, unknown>;
    const properties = [...this.elementProperties.keys()].filter((key) => typeof key === "string");
    checkScripts(owner, this.scripts, properties);
    const compiled =
      template === undefined
        ? undefined
        : compileTemplate(template, {
            owner,
            properties,
            children: this.children,
            isMethod: (name) => typeof prototype[name] === "function",
          });
    for (const [node, specs] of Object.entries(this.domEvents)) {
      if (compiled !== undefined && !compiled.ids.includes(node)) {
        const ids = compiled.ids.length > 0 ? compiled.ids.join(", ") : "none";
        throw new TemplateError(`${owner}.domEvents: no template node has id "${node}" (ids: ${ids}); use one of them`);
      }
      for (const spec of specs) {
        const type = typeof spec === "string" ? spec : spec.type;
        if (typeof type !== "string" || type === "") {
          throw new TemplateError(
            `${owner}.domEvents: node "${node}" lists ${String(type)}; use event types like "click"`,
          );
        }
        const problem = typeof spec === "string" ? undefined : ratePolicyProblem(spec);
        if (problem !== undefined)
          throw new TemplateError(`${owner}.domEvents: node "${node}" event "${type}": ${problem}`);
      }
    }
    return compiled;
  }

  constructor() {
    super();
    const compiled = (this.constructor as typeof ReactiveHTML).compiled();
    for (const { node, key, property } of compiled?.twoWay ?? []) {
      const sync = (event: Event): void => this.syncFromDom(property, key, event.currentTarget as Element);
      this.addBinding(node, "input", sync, {});
      this.addBinding(node, "change", sync, {});
    }
    for (const { node, type, method } of compiled?.listeners ?? []) {
      const call = (sample: EventSample): void => {
        (this as unknown as Record<string, (sample: EventSample) => void>)[method]?.(sample);
      };
      this.addBinding(node, type, serializingListener(node, false, this.forNode(node, call)), {});
    }
    for (const [node, specs] of Object.entries((this.constructor as typeof ReactiveHTML).domEvents)) {
      for (const spec of specs) {
        const { type, coalesced, capture, passive, ...policy } = typeof spec === "string" ? { type: spec } : spec;
        // Samples only feed a queue, which never cancels an event: passive unless said otherwise keeps scrolling fast.
        const options = { passive: passive ?? true, capture: capture ?? false };
        const gate = rateGate(this.publish, policy, `<${this.localName}>#${node} ${type}`);
        const deliver = this.forNode(node, gate?.offer ?? this.publish);
        this.addBinding(node, type, serializingListener(node, coalesced ?? false, deliver), options, gate);
      }
    }
  }

  /**
   * Calls `callback` with each serialized `type` event of the node with id `node`, until the returned function is
   * called. The binding follows the node across re-renders and lives while the element is connected. Every
   * sample is delivered unless `options` sets a rate policy (`throttle`, `debounce`); the returned function's
   * `dropped` counts what the policy dropped.
   *
   * @example
   * const stop = view.onEvent("img", "pointermove", queue.put, { coalesced: true, throttle: "frame" });
   * stop.dropped; // samples the frame throttle left out so far
   * stop(); // removes the listener
   */
  onEvent(
    node: string,
    type: string,
    callback: (sample: EventSample) => void,
    options: OnEventOptions = {},
  ): EventBinding {
    this.checkNode(node);
    const problem = ratePolicyProblem(options);
    if (problem !== undefined) {
      throw new RatePolicyError(`<${this.localName}>.onEvent: node "${node}" event "${type}": ${problem}`);
    }
    const gate = rateGate(callback, options, `<${this.localName}>#${node} ${type}`);
    const listener = serializingListener(node, options.coalesced ?? false, this.forNode(node, gate?.offer ?? callback));
    const listenerOptions: AddEventListenerOptions = { capture: options.capture ?? false };
    if (options.passive !== undefined) listenerOptions.passive = options.passive;
    const binding = this.addBinding(node, type, listener, listenerOptions, gate);
    return eventBinding(() => this.removeBinding(binding), gate);
  }

  /**
   * How many samples of node `node`'s `type` events the rate policies of its bindings in place (`domEvents`, and
   * `onEvent` bindings not yet removed) dropped so far; 0 for bindings without a policy. A removed binding keeps
   * its own count in the `dropped` of what `onEvent` returned.
   *
   * @example
   * view.dropped("pad", "pointermove"); // e.g. 57 with { type: "pointermove", throttle: "frame" }
   */
  dropped(node: string, type: string): number {
    let dropped = 0;
    for (const binding of this.bindings) {
      if (binding.node === node && binding.type === type) dropped += binding.gate?.dropped ?? 0;
    }
    return dropped;
  }

  override connectedCallback(): void {
    adoptClassFields(this, (this.constructor as typeof ReactiveHTML).elementProperties.keys());
    super.connectedCallback();
    this.signals.watch();
    if (!this.hasUpdated) return;
    this.requestUpdate(); // signals may have changed while nobody watched them
    this.attachBindings();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.signals.unwatch();
    for (const binding of this.bindings) {
      binding.gate?.suspend();
      this.detach(binding);
    }
    this.scriptLifecycle.disconnected();
  }

  /** Runs Lit's update reading signals as sources, so a change of a signal the element showed updates it. */
  protected override performUpdate(): void {
    // Lit returns early without an update pending; tracking that empty run would forget the last update's signals.
    if (!this.isUpdatePending) return;
    this.signals.run(() => super.performUpdate());
  }

  protected override update(changedProperties: PropertyValues): void {
    super.update(changedProperties);
    this.attachBindings();
    this.scriptLifecycle.updated(changedProperties);
  }

  protected override render(): unknown {
    const compiled = (this.constructor as typeof ReactiveHTML).compiled();
    if (compiled === undefined) return nothing;
    return html(compiled.strings, ...templateValues(compiled, this.readProperty));
  }

  /** Puts a sample of a declared event into `queue` and dispatches it as `riv-event`. */
  protected readonly publish = (sample: EventSample): void => {
    const queue = this.queue;
    if (!queue.isClosed) queue.put(sample);
    this.dispatchEvent(new CustomEvent(sampleEventName, { detail: sample, bubbles: true, composed: true }));
  };

  /** Delivers samples of `node` as they are, or, for an id inside a list, with the item's `index` and `key`. */
  private forNode(node: string, deliver: (sample: EventSample) => void): Deliver {
    const list = (this.constructor as typeof ReactiveHTML).compiled()?.itemIds.get(node);
    if (list === undefined) return deliver;
    return (sample, bound) => deliver(itemSample(sample, bound, node, list, this.readProperty));
  }

  private readonly readProperty = (name: string): unknown =>
    readThrough((this as unknown as Record<string, unknown>)[name]);

  private syncFromDom(property: string, key: "value" | "checked", control: Element): void {
    const type = (this.constructor as typeof ReactiveHTML).elementProperties.get(property)?.type;
    const value = readControl(control, key, type);
    writeThrough(this as unknown as Record<string, unknown>, property, value);
  }

  private checkNode(node: string): void {
    const compiled = (this.constructor as typeof ReactiveHTML).compiled();
    if (compiled?.itemIds.has(node) === true) return; // a list's items come and go: the binding follows them
    let ids: readonly string[];
    if (this.hasUpdated) ids = [...this.renderRoot.querySelectorAll("[id]")].map((element) => element.id);
    else if (compiled !== undefined) ids = compiled.ids;
    else return; // nothing rendered and no template: the binding attaches when the node appears
    if (ids.includes(node)) return;
    const known = ids.length > 0 ? ids.join(", ") : "none";
    throw new UnknownNodeError(
      `<${this.localName}>.onEvent: no node has id "${node}" (ids: ${known}); use one of them`,
    );
  }

  private addBinding(
    node: string,
    type: string,
    listener: (event: Event) => void,
    options: AddEventListenerOptions,
    gate?: RateGate<EventSample>,
  ): NodeBinding {
    const binding: NodeBinding = { node, type, listener, options, gate, targets: [] };
    this.bindings.push(binding);
    if (this.isConnected && this.hasUpdated) this.attach(binding);
    return binding;
  }

  private removeBinding(binding: NodeBinding): void {
    const index = this.bindings.indexOf(binding);
    if (index < 0) return;
    this.bindings.splice(index, 1);
    this.detach(binding);
  }

  /** Moves every binding to the node that now has its id: after each render, and on reconnection. */
  protected attachBindings(): void {
    if (!this.isConnected) return;
    for (const binding of this.bindings) this.attach(binding);
  }

  private attach(binding: NodeBinding): void {
    const compiled = (this.constructor as typeof ReactiveHTML).compiled();
    const targets = bindingTargets(this.renderRoot, binding.node, compiled);
    const current = binding.targets;
    binding.gate?.resume();
    if (targets.length === current.length && targets.every((target, i) => target === current[i])) return;
    for (const target of current) {
      if (!targets.includes(target)) target.removeEventListener(binding.type, binding.listener, binding.options);
    }
    for (const target of targets) {
      if (!current.includes(target)) target.addEventListener(binding.type, binding.listener, binding.options);
    }
    binding.targets = targets;
  }

  private detach(binding: NodeBinding): void {
    for (const target of binding.targets) target.removeEventListener(binding.type, binding.listener, binding.options);
    binding.targets = [];
  }
}
