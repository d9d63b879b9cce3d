// Turns a DOM event into plain, structured-cloneable data (one fixed shape for every event type), so a sample
// can go into a queue, across a MessagePort to a Worker, or into a plot's columns without touching the DOM again.
import { sampleDetail } from "./sample-detail.js";
import { fileInfos, targetPath, type FileInfo } from "./sample-target.js";

export { SampleError } from "./sample-detail.js";
export type { FileInfo } from "./sample-target.js";

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
  /**
   * The `id` of the innermost element with an id between the bound node and the element the event actually hit
   * (e.g. `"item-3"` for a click on a list item's label without an id); `node` when it hit the bound node itself.
   */
  target: string;
  /** The ids from just inside the bound node down to the element hit, outermost first; `[]` on the node itself. */
  targetPath: readonly string[];
  /** When the event happened: `event.timeStamp`, milliseconds since `performance.timeOrigin` (sub-millisecond). */
  t: number;
  /** When the event happened as milliseconds since the Unix epoch: `performance.timeOrigin + t`. */
  time: number;
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
  /** The pointer's id, stable while it touches (one per finger); -1 for other events. */
  pointerId: number;
  /** Whether this is the primary pointer of its type (the first finger, the mouse); false for other events. */
  isPrimary: boolean;
  /** Contact width in CSS pixels (1 for a mouse); 0 for other events. */
  width: number;
  /** Contact height in CSS pixels (1 for a mouse); 0 for other events. */
  height: number;
  /** Pen tilt in degrees, -90 to 90, in the x-z plane; 0 for other events. */
  tiltX: number;
  /** Pen tilt in degrees, -90 to 90, in the y-z plane; 0 for other events. */
  tiltY: number;
  /** Pen rotation about its own axis in degrees, 0 to 359; 0 for other events. */
  twist: number;
  /** Pointer movement in CSS pixels since the previous move event (also under pointer lock); 0 otherwise. */
  movementX: number;
  /** Pointer movement in CSS pixels since the previous move event (also under pointer lock); 0 otherwise. */
  movementY: number;
  /** Alt (Option) was held, on mouse, pointer, wheel and keyboard events; false otherwise. */
  altKey: boolean;
  /** Control was held, on mouse, pointer, wheel and keyboard events; false otherwise. */
  ctrlKey: boolean;
  /** Meta (Command, Windows key) was held, on mouse, pointer, wheel and keyboard events; false otherwise. */
  metaKey: boolean;
  /** Shift was held, on mouse, pointer, wheel and keyboard events; false otherwise. */
  shiftKey: boolean;
  /** The key's value for keyboard events, e.g. `"a"` or `"Enter"`; `""` otherwise. */
  key: string;
  /** The physical key for keyboard events, e.g. `"KeyA"`; `""` otherwise. */
  code: string;
  /** Whether a keyboard event comes from a key held down (auto-repeat); false otherwise. */
  repeat: boolean;
  /** Whether a keyboard or input event happens during an IME composition; false otherwise. */
  isComposing: boolean;
  /** An input event's kind of change, e.g. `"insertText"`, `"deleteContentBackward"`; `""` otherwise. */
  inputType: string;
  /** The text an input or composition event inserts, e.g. `"a"`; `""` otherwise (also for deletions). */
  data: string;
  /** The bound node's `value` when it is an input, select or textarea; `""` otherwise. */
  value: string;
  /** The bound node's `checked` when it is an input; `false` otherwise. */
  checked: boolean;
  /** Wheel scroll amounts for wheel events; 0 otherwise. */
  deltaX: number;
  /** Wheel scroll amounts for wheel events; 0 otherwise. */
  deltaY: number;
  /** Wheel scroll amounts for wheel events; 0 otherwise. */
  deltaZ: number;
  /** The unit of the wheel deltas: 0 pixels, 1 lines, 2 pages; 0 for other events. */
  deltaMode: number;
  /** The files chosen in a bound `<input type="file">` (name, size, type), `[]` otherwise. */
  files: readonly FileInfo[];
  /** A structured clone of a `CustomEvent`'s `detail`; `null` for other events. */
  detail: unknown;
}

/**
 * Where a sample's `x`/`y` are measured from: the bound node's box.
 *
 * @example
 * const box: NodeBox = img.getBoundingClientRect();
 * const sample = serializeEvent(event, "img", img, box);
 */
export interface NodeBox {
  /** The node's left edge in the viewport, CSS px. */
  readonly left: number;
  /** The node's top edge in the viewport, CSS px. */
  readonly top: number;
}

const noBox: NodeBox = { left: 0, top: 0 };

function isFormControl(node: Element): node is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  return node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement;
}

// Constant for the life of the document; read once rather than through a getter per event.
const timeOrigin = performance.timeOrigin;

/**
 * Serializes `event`, which reached the template node `node` (the element `bound`). Pass `box` when serializing
 * several samples of one event (coalesced pointer moves) to measure the node only once. Throws a `SampleError`
 * when a `CustomEvent`'s `detail` cannot be structured-cloned.
 *
 * @example
 * img.addEventListener("pointermove", (event) => queue.put(serializeEvent(event, "img", img)));
 */
export function serializeEvent(event: Event, node: string, bound: Element, box?: NodeBox): EventSample {
  const mouse = event instanceof MouseEvent ? event : undefined;
  const pointer = event instanceof PointerEvent ? event : undefined;
  const keyboard = event instanceof KeyboardEvent ? event : undefined;
  const wheel = event instanceof WheelEvent ? event : undefined;
  const input = event instanceof InputEvent ? event : undefined;
  const text = input ?? (event instanceof CompositionEvent ? event : undefined);
  const modifiers = mouse ?? keyboard;
  const control = isFormControl(bound) ? bound : undefined;
  const origin = mouse === undefined ? noBox : (box ?? bound.getBoundingClientRect());
  const clientX = mouse?.clientX ?? 0;
  const clientY = mouse?.clientY ?? 0;
  const path = targetPath(event.target, bound);
  return {
    type: event.type,
    node,
    target: path.length === 0 ? node : (path[path.length - 1] as string),
    targetPath: path,
    t: event.timeStamp,
    time: timeOrigin + event.timeStamp,
    x: mouse === undefined ? 0 : clientX - origin.left,
    y: mouse === undefined ? 0 : clientY - origin.top,
    clientX,
    clientY,
    buttons: mouse?.buttons ?? 0,
    button: mouse?.button ?? -1,
    pointerType: pointer?.pointerType ?? "",
    pressure: pointer?.pressure ?? 0,
    pointerId: pointer?.pointerId ?? -1,
    isPrimary: pointer?.isPrimary ?? false,
    width: pointer?.width ?? 0,
    height: pointer?.height ?? 0,
    tiltX: pointer?.tiltX ?? 0,
    tiltY: pointer?.tiltY ?? 0,
    twist: pointer?.twist ?? 0,
    movementX: mouse?.movementX ?? 0,
    movementY: mouse?.movementY ?? 0,
    altKey: modifiers?.altKey ?? false,
    ctrlKey: modifiers?.ctrlKey ?? false,
    metaKey: modifiers?.metaKey ?? false,
    shiftKey: modifiers?.shiftKey ?? false,
    key: keyboard?.key ?? "",
    code: keyboard?.code ?? "",
    repeat: keyboard?.repeat ?? false,
    isComposing: (keyboard ?? input)?.isComposing ?? false,
    inputType: input?.inputType ?? "",
    data: text?.data ?? "",
    value: control?.value ?? "",
    checked: control instanceof HTMLInputElement ? control.checked : false,
    deltaX: wheel?.deltaX ?? 0,
    deltaY: wheel?.deltaY ?? 0,
    deltaZ: wheel?.deltaZ ?? 0,
    deltaMode: wheel?.deltaMode ?? 0,
    files: fileInfos(bound),
    detail: sampleDetail(event, node),
  };
}
