// The plain-HTML demo, written once for both pages: a component made with defineComponent, its pointer moves put
// into its queue, and a stream drawing them on a <riv-plot>. Plain JavaScript: nothing to build.

/**
 * Defines `<pointer-pad>` with the given rivulet module (the bundle or the ESM build) and streams the moves over
 * the page's pad to its plot.
 *
 * @example
 * import * as rivulet from "../../dist/rivulet.bundle.js";
 * showPointerPad(rivulet);
 */
export function showPointerPad({ defineComponent, fromQueue }) {
  // A constructable stylesheet: a strict Content-Security-Policy allows it, unlike a <style> element.
  const padStyle = new CSSStyleSheet();
  padStyle.replaceSync("#pad { box-sizing: border-box; height: 100%; display: grid; place-items: center; }");
  defineComponent({
    tag: "pointer-pad",
    template: '<div id="pad">${label}</div>',
    properties: { label: { type: String } },
    defaults: { label: "Move the pointer here" },
    domEvents: { pad: ["pointermove"] },
    styles: padStyle,
  });
  const pad = document.querySelector("pointer-pad");
  const plot = document.querySelector("riv-plot");
  if (!pad || !plot) throw new Error("plain-html: the page needs a <pointer-pad> and a <riv-plot>");

  // Every move over the pad is a serialized sample in the pad's queue; the plot shows it the way up, as on screen.
  fromQueue(pad.queue)
    .map((sample) => ({ x: sample.x, y: 200 - sample.y }))
    .sink(plot.streamSink());
}
