// Turns a DOM event into plain, structured-cloneable data (one fixed shape for every event type), so a sample
// can go into a queue, across a MessagePort to a Worker, or into a plot's columns without touching the DOM again.

/**
 * One serialized DOM event. Every sample has every field, so all samples share one object shape (cheap to make,
 * fast to read); a field that does not apply to the event type holds its neutral value (`0`, `""`, `false`).
 *
 * @example
 * el.onEvent("img", "pointermove", (s: EventSample) => console.log(s.type, s.node, s.x, s.y, s.t));
 */
export interface EventSample {
  /** The DOM event type, e.g. `"pointermove"`. */
  type: string;
  /** The `id` of the template node the binding is attached to. */
  node: string;
  /** When the event happened: `event.timeStamp`, milliseconds since `performance.timeOrigin` (sub-millisecond). */
  t: number;
  /** Pointer position in CSS pixels relative to the bound node's border box (left edge = 0); 0 without a pointer. */
  x: number;
  /** Pointer position in CSS pixels relative to the bound node's border box (top edge = 0); 0 without a pointer. */
  y: number;
  /** Pointer position in the viewport; 0 without a pointer. */
  clientX: number;
  /** Pointer position in the viewport; 0 without a pointer. */
  clientY: number;
  /** Bit mask of the pressed buttons (1 primary, 2 secondary, 4 middle); 0 without a pointer. */
  buttons: number;
  /** `event.button`: the button that changed on down/up/click (0 primary); -1 on pointer moves and without a pointer. */
  button: number;
  /** `"mouse"`, `"pen"` or `"touch"` for pointer events; `""` otherwise. */
  pointerType: string;
  /** Pointer pressure from 0 to 1 (a mouse reports 0.5 while a button is down); 0 for other events. */
  pressure: number;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** The key's value for keyboard events, e.g. `"a"` or `"Enter"`; `""` otherwise. */
  key: string;
  /** The physical key for keyboard events, e.g. `"KeyA"`; `""` otherwise. */
  code: string;
  /** The bound node's `value` when it is an input, select or textarea; `""` otherwise. */
  value: string;
  /** The bound node's `checked` when it is an input; `false` otherwise. */
  checked: boolean;
  /** Wheel scroll amounts for wheel events; 0 otherwise. */
  deltaX: number;
  /** Wheel scroll amounts for wheel events; 0 otherwise. */
  deltaY: number;
}

/** Where a sample's `x`/`y` are measured from: the bound node's box. */
export interface NodeBox {
  readonly left: number;
  readonly top: number;
}

const noBox: NodeBox = { left: 0, top: 0 };

function isFormControl(node: Element): node is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  return node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement;
}

/**
 * Serializes `event`, which reached the template node `node` (the element `bound`). Pass `box` when serializing
 * several samples of one event (coalesced pointer moves) to measure the node only once.
 *
 * @example
 * img.addEventListener("pointermove", (event) => queue.put(serializeEvent(event, "img", img)));
 */
export function serializeEvent(event: Event, node: string, bound: Element, box?: NodeBox): EventSample {
  const mouse = event instanceof MouseEvent ? event : undefined;
  const pointer = event instanceof PointerEvent ? event : undefined;
  const keyboard = event instanceof KeyboardEvent ? event : undefined;
  const wheel = event instanceof WheelEvent ? event : undefined;
  const modifiers = mouse ?? keyboard;
  const control = isFormControl(bound) ? bound : undefined;
  const origin = mouse === undefined ? noBox : (box ?? bound.getBoundingClientRect());
  const clientX = mouse?.clientX ?? 0;
  const clientY = mouse?.clientY ?? 0;
  return {
    type: event.type,
    node,
    t: event.timeStamp,
    x: mouse === undefined ? 0 : clientX - origin.left,
    y: mouse === undefined ? 0 : clientY - origin.top,
    clientX,
    clientY,
    buttons: mouse?.buttons ?? 0,
    button: mouse?.button ?? -1,
    pointerType: pointer?.pointerType ?? "",
    pressure: pointer?.pressure ?? 0,
    altKey: modifiers?.altKey ?? false,
    ctrlKey: modifiers?.ctrlKey ?? false,
    metaKey: modifiers?.metaKey ?? false,
    shiftKey: modifiers?.shiftKey ?? false,
    key: keyboard?.key ?? "",
    code: keyboard?.code ?? "",
    value: control?.value ?? "",
    checked: control instanceof HTMLInputElement ? control.checked : false,
    deltaX: wheel?.deltaX ?? 0,
    deltaY: wheel?.deltaY ?? 0,
  };
}
