// The anywidget front-end module of rivulet (built to dist/rivulet-widget.js, the `_esm` of the Python
// `RivuletWidget`): mounts the rivulet element the model names, syncs its properties both ways, and sends its event
// samples to the kernel as one custom message per animation frame.
// The elements a widget can name; not <riv-graph>, whose pipeline lives in the page, nor its layout library.
import "../../components/riv-pad.js";
import "../../components/riv-rate.js";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { sampleEventName } from "../../components/reactive-html.js";
import { EventBatches } from "./event-batches.js";
import { eventBatchTrait, type EventsMessage, type WidgetState } from "./widget-traits.js";

/** The part of anywidget's `AnyModel` this module uses; a trait a state export left out reads `undefined`. */
export interface RivuletWidgetModel {
  get<K extends keyof WidgetState>(key: K): WidgetState[K] | undefined;
  set<K extends keyof WidgetState>(key: K, value: WidgetState[K]): void;
  save_changes(): void;
  /** Missing in Panel 1.10's AnyWidgetComponent model (panel/models/anywidget_component.ts has no `send`). */
  send?: (content: unknown) => void;
  on(event: string, callback: () => void): void;
  off(event: string, callback: () => void): void;
}

/** The most samples one frame's message carries; beyond it the oldest are dropped and counted. */
export const eventBatchCapacity = 10_000;

/** A custom element name: lower case, starting with a letter, with a hyphen. */
const tagPattern = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/** The model's `tag` names no custom element. */
export class WidgetTagError extends Error {
  override name = "WidgetTagError";
}

const sameValue = (a: unknown, b: unknown) => Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);

function createElement(tag: string | undefined): HTMLElement {
  if (tag === undefined || !tagPattern.test(tag)) {
    throw new WidgetTagError(
      `RivuletWidget: tag "${tag}" is not a custom element name; use one with a hyphen, e.g. tag="riv-pad" ` +
        "(and export widget state with drop_defaults=False, so that it keeps the tag)",
    );
  }
  return document.createElement(tag);
}

function applyAttributes(element: HTMLElement, attributes: Record<string, string>, previous: Record<string, string>) {
  for (const name of Object.keys(previous)) if (!(name in attributes)) element.removeAttribute(name);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
}

function applyProps(element: HTMLElement, props: Record<string, unknown>): void {
  const target = element as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(props)) if (!sameValue(target[name], value)) target[name] = value;
}

/**
 * Sends one frame's samples: as a custom message (`model.send`) where the host has it, as Jupyter does; else, as in
 * Panel's AnyWidgetComponent, as the synced `event_batch` trait, which its Python side watches.
 */
function sendEvents(model: RivuletWidgetModel, message: EventsMessage): void {
  if (typeof model.send === "function") {
    model.send(message);
    return;
  }
  model.set(eventBatchTrait, message);
  model.save_changes();
}

/** After each update of a Lit element, copies the properties the model syncs back into the model when they changed. */
function propsToModel(element: HTMLElement, model: RivuletWidgetModel): () => void {
  const host = element as Partial<ReactiveControllerHost>;
  if (typeof host.addController !== "function" || typeof host.removeController !== "function") return () => {};
  const controller: ReactiveController = {
    hostUpdated() {
      const props = model.get("props") ?? {};
      const target = element as unknown as Record<string, unknown>;
      const changed = Object.keys(props).filter((name) => !sameValue(target[name], props[name]));
      if (changed.length === 0) return;
      model.set("props", { ...props, ...Object.fromEntries(changed.map((name) => [name, target[name]])) });
      model.save_changes();
    },
  };
  host.addController(controller);
  return () => host.removeController?.(controller);
}

/** Mounts the model's element in `el` and keeps it in step with the model; returns what undoes it all. */
function mount(model: RivuletWidgetModel, el: HTMLElement): () => void {
  const element = createElement(model.get("tag"));
  let attributes = model.get("html_attributes") ?? {};
  applyAttributes(element, attributes, {});
  applyProps(element, model.get("props") ?? {});
  const batches = new EventBatches((message) => sendEvents(model, message), eventBatchCapacity);
  const onSample = (event: Event) => batches.add((event as CustomEvent<object>).detail);
  const onProps = () => applyProps(element, model.get("props") ?? {});
  const onAttributes = () => {
    const next = model.get("html_attributes") ?? {};
    applyAttributes(element, next, attributes);
    attributes = next;
  };
  element.addEventListener(sampleEventName, onSample);
  model.on("change:props", onProps);
  model.on("change:html_attributes", onAttributes);
  el.append(element);
  const stopPropsToModel = propsToModel(element, model);
  return () => {
    stopPropsToModel();
    model.off("change:props", onProps);
    model.off("change:html_attributes", onAttributes);
    element.removeEventListener(sampleEventName, onSample);
    batches.stop();
    element.remove();
  };
}

// Not exported by name: anywidget takes a module with a named `render` for its deprecated form.
function render({ model, el }: { model: RivuletWidgetModel; el: HTMLElement }): () => void {
  let unmount = mount(model, el);
  const onTag = () => {
    unmount();
    unmount = mount(model, el);
  };
  model.on("change:tag", onTag);
  return () => {
    model.off("change:tag", onTag);
    unmount();
  };
}

/**
 * The anywidget module: `render` shows the element named by `tag` with `props` and `html_attributes`, remounted when
 * `tag` changes, and returns the cleanup anywidget calls when the view goes away.
 *
 * @example
 * // Python: RivuletWidget(tag="riv-pad", props={"height": 240}); anywidget then calls
 * const cleanup = rivuletWidget.render({ model, el });
 */
const rivuletWidget = { render };
export default rivuletWidget;
