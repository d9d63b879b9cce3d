// A test EventTarget that counts the listeners it holds, to check that a source's stop() removes what start() added.

/**
 * An `EventTarget` whose `listeners` is the number of listeners added and not yet removed.
 *
 * @example
 * const target = new CountingTarget();
 * fromEvent(target, "ping").stop();
 * expect(target.listeners).to.equal(0);
 */
export class CountingTarget extends EventTarget {
  listeners = 0;
  override addEventListener(...args: Parameters<EventTarget["addEventListener"]>): void {
    this.listeners += 1;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget["removeEventListener"]>): void {
    this.listeners -= 1;
    super.removeEventListener(...args);
  }
}
