// A source that emits the events an EventTarget dispatches: a DOM element, `window`, a MessagePort, or any
// `new EventTarget()`. The listener exists exactly while the source is started.
import { Source, type SourceOptions } from "../source.js";
import { Stream } from "../stream.js";

/**
 * Options of `fromEvent`: those of every source plus how the listener is added.
 *
 * @example
 * fromEvent(window, "keydown", { capture: true, passive: true }).pluck("key").sink(console.log);
 */
export interface FromEventOptions extends SourceOptions {
  /** Listen in the capture phase. */
  capture?: boolean | undefined;
  /** Promise not to call `preventDefault()`, which lets the browser scroll without waiting. */
  passive?: boolean | undefined;
}

/**
 * Emits every `type` event that `target` dispatches. `start()` adds the listener, `stop()` removes it. Events
 * cannot wait, so a busy graph is not awaited; use `buffer` or an `AsyncQueue` where that matters.
 *
 * @example
 * new FromEvent<PointerEvent>(canvas, "pointermove").map((e) => [e.offsetX, e.offsetY]).sink(console.log);
 */
export class FromEvent<E extends Event = Event> extends Source<E> {
  /** What is listened to. */
  readonly target: EventTarget;
  /** The event type listened for. */
  readonly type: string;
  readonly #listenerOptions: AddEventListenerOptions;
  readonly #listener = (event: Event): void => void this.emitSafely(event as E);

  constructor(target: EventTarget, type: string, options: FromEventOptions = {}) {
    super(options);
    this.target = target;
    this.type = type;
    this.#listenerOptions = { capture: options.capture ?? false, passive: options.passive ?? false };
  }

  protected onStart(): void {
    this.target.addEventListener(this.type, this.#listener, this.#listenerOptions);
  }

  protected onStop(): void {
    this.target.removeEventListener(this.type, this.#listener, this.#listenerOptions);
  }
}

/**
 * Creates a `FromEvent` source over any EventTarget.
 *
 * @example
 * fromEvent<MouseEvent>(button, "click").sink(() => console.log("clicked"));
 */
export function fromEvent<E extends Event = Event>(
  target: EventTarget,
  type: string,
  options?: FromEventOptions,
): FromEvent<E> {
  return new FromEvent<E>(target, type, options);
}

declare module "../stream.js" {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- static methods are added by namespace merging
  namespace Stream {
    /** `Stream.fromEvent(target, type)`: the same as `fromEvent(target, type)`. */
    function fromEvent<E extends Event = Event>(
      target: EventTarget,
      type: string,
      options?: FromEventOptions,
    ): FromEvent<E>;
  }
}
Stream.fromEvent = fromEvent;
