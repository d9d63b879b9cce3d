// <riv-pad>: a plain input area that reports every pointer sample (coalesced moves, downs and ups) to its queue.
import { css, type PropertyValues } from "lit";
import { defineOnce } from "./define-once.js";
import { ReactiveHTML, type DomEvents } from "./reactive-html.js";

/**
 * An area, by default as wide as its container and 400 px high, whose pointer samples go into `queue` (and are
 * dispatched as `riv-event`): every coalesced `pointermove` sample, `pointerdown` and `pointerup`, with `x`/`y`
 * relative to the area. Size it with CSS (`riv-pad { height: 200px }`) or the `height` attribute in pixels.
 *
 * @example
 * <riv-pad height="300"></riv-pad>
 * const pad = document.querySelector("riv-pad");
 * fromQueue(pad.queue).map((s) => [s.x, s.y]).sink(console.log);
 *
 * @fires riv-event - each pointer sample (`detail`: an `EventSample`), as it goes into `queue`
 * @csspart pad - the area that reports pointer samples
 */
export class RivPad extends ReactiveHTML {
  static override template = '<div id="pad" part="pad"></div>';
  static override properties = { height: { type: Number, reflect: true } };
  static override domEvents: DomEvents = {
    pad: [{ type: "pointermove", coalesced: true }, "pointerdown", "pointerup"],
  };
  // touch-action: none makes a finger drag report pointer moves instead of scrolling the page.
  static override styles = css`
    :host {
      display: block;
      width: 100%;
      height: 400px;
      box-sizing: border-box;
    }
    #pad {
      width: 100%;
      height: 100%;
      touch-action: none;
    }
  `;

  /** The height in CSS pixels; without it the area is 400 px high (or as CSS sizes it). */
  declare height: number | undefined;

  // Only a change of `height` touches the inline style, so a height set by the page's own style stays.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("height")) this.style.height = this.height === undefined ? "" : `${this.height}px`;
  }
}

// Once: anywidget evaluates its module again for every widget (dist/rivulet-widget.js).
defineOnce("riv-pad", RivPad);

declare global {
  interface HTMLElementTagNameMap {
    "riv-pad": RivPad;
  }
}
