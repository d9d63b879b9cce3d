// Re-renders an element when a signal read during its last update changes, and lets go of those signals while the
// element is disconnected. Replaces @lit-labs/signals' SignalWatcher, which keeps every element alive (lit/lit#5364).
import { Signal } from "@lit-labs/signals";

/**
 * Tracks the signals read by an element's update. While watching, a change of any of them calls `onChange` (once
 * per update: the next `run` re-arms it). While not watching, the signals hold no reference to the tracker, so an
 * element that is disconnected and dropped can be collected, unlike with SignalWatcher, whose FinalizationRegistry
 * holds a watcher that a WeakMap maps back to the element.
 *
 * @example
 * private readonly signals = new SignalTracker(() => this.requestUpdate());
 * override performUpdate() { this.signals.run(() => super.performUpdate()); }
 * override connectedCallback() { super.connectedCallback(); this.signals.watch(); }
 * override disconnectedCallback() { super.disconnectedCallback(); this.signals.unwatch(); }
 */
export class SignalTracker {
  private tracked: Signal.Computed<void> | undefined;
  private watcher: Signal.subtle.Watcher | undefined;

  constructor(private readonly onChange: () => void) {}

  /** Whether a change of a tracked signal calls `onChange` now. */
  get watching(): boolean {
    return this.watcher !== undefined;
  }

  /**
   * Runs `update`, recording the signals it reads as the ones to follow. Untracked from the outside, so an update
   * run inside another (a child updated synchronously by its parent) does not become the parent's source.
   */
  run(update: () => void): void {
    // A fresh computed each time: the update must run even when no signal it read has changed.
    const tracked = new Signal.Computed(update);
    const watcher = this.watcher;
    if (watcher !== undefined) {
      if (this.tracked !== undefined) watcher.unwatch(this.tracked);
      watcher.watch(tracked);
    }
    this.tracked = tracked;
    Signal.subtle.untrack(() => tracked.get());
  }

  /** Follows the signals read by the last `run` (and by every later one) until `unwatch`. */
  watch(): void {
    if (this.watcher !== undefined) return;
    const watcher = new Signal.subtle.Watcher(() => {
      // Notified inside the signal's set(): no signal may be read here, and Lit's requestUpdate reads none.
      this.onChange();
    });
    this.watcher = watcher;
    if (this.tracked !== undefined) watcher.watch(this.tracked);
  }

  /** Stops following; the signals drop their references to this tracker and to whatever `onChange` holds. */
  unwatch(): void {
    const watcher = this.watcher;
    if (watcher === undefined) return;
    this.watcher = undefined;
    if (this.tracked !== undefined) watcher.unwatch(this.tracked);
  }
}
