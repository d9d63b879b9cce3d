// The traits a rivulet widget model syncs, the one list the front end reads and python/rivulet_elements/widget.py
// declares (test/python/widget-embed.test.mjs checks the two against each other).

/**
 * The synced traits of `RivuletWidget`, besides anywidget's own (`_esm`, `_css`, `_anywidget_id`):
 * - `tag`: the element to mount, e.g. `"riv-pad"`;
 * - `props`: element properties by name, synced both ways (the element's own changes come back);
 * - `html_attributes`: element attributes by name, set on the element (one way, from the model).
 *
 * @example
 * const tag = model.get(widgetTraits[0]); // "riv-pad"
 */
export const widgetTraits = ["tag", "props", "html_attributes"] as const;

/**
 * The trait that carries each frame's samples where the host model has no `send` (Panel's AnyWidgetComponent);
 * python/rivulet_elements/panel_component.py declares it.
 *
 * @example
 * model.set(eventBatchTrait, message); model.save_changes();
 */
export const eventBatchTrait = "event_batch";

/** What a rivulet widget model holds, by trait. */
export interface WidgetState {
  tag: string;
  props: Record<string, unknown>;
  html_attributes: Record<string, string>;
  event_batch: EventsMessage;
}

/** The custom message that carries one animation frame's event samples to the kernel, as columns. */
export interface EventsMessage {
  readonly kind: "rivulet-events";
  /** How many samples the columns hold. */
  readonly count: number;
  /** Samples left out since the previous message because the batch was full (the oldest go first). */
  readonly dropped: number;
  /** One array per sample field, all of length `count`; a field a sample lacks is `null`. */
  readonly columns: Record<string, unknown[]>;
}

/** The `kind` of an `EventsMessage`, what the Python side looks for. */
export const eventsMessageKind = "rivulet-events";
