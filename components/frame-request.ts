// The one animation-frame request a frame-paced buffer owns (rows for a plot, the newest counts of a heat map):
// asked for only while started, released on stop, so a buffer never holds more than one.

/**
 * Calls `onFrame` in the next animation frame after `request()`, at most once per frame and only while started.
 *
 * @example
 * const frames = new FrameRequest(() => flush());
 * frames.start();
 * frames.request(); frames.request(); // one call of flush() in the next frame
 * frames.stop(); // and no frame request is left behind
 */
export class FrameRequest {
  private frame: number | undefined;
  private started = false;

  constructor(private readonly onFrame: () => void) {}

  /** Whether `request()` asks for frames: between `start()` and `stop()`. */
  get running(): boolean {
    return this.started;
  }

  /** Allows frame requests from now on. */
  start(): void {
    this.started = true;
  }

  /** Asks for the next animation frame, unless stopped or already asked. */
  request(): void {
    if (this.started) this.frame ??= requestAnimationFrame(this.fire);
  }

  /** Releases the pending request, if any; later requests are still allowed. */
  cancel(): void {
    if (this.frame === undefined) return;
    cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** Releases the pending request and asks for no more frames until `start()`. */
  stop(): void {
    this.started = false;
    this.cancel();
  }

  private readonly fire = (): void => {
    this.frame = undefined;
    this.onFrame();
  };
}
