// The in-page measurement both pipelines get, unchanged: when each trusted pointer move reached the page, which of
// them a plot drew, and the first animation frame after its data source showed it (input-to-pixel latency).

/**
 * Runs in the page before its own scripts (playwright `addInitScript`) and defines `window.inputToPixel` with
 * `attach(plotView)`, `reset()` and `result()`. Every pointer sample (coalesced ones included) is recorded by its
 * integer client position with its `timeStamp`; each row a glyph's data source gains is mapped back to client pixels
 * through the plot's scales, matched to its move, and timed at the next `requestAnimationFrame` after the change.
 *
 * @example
 * await page.addInitScript(installInputToPixelProbe);
 * await page.evaluate(() => window.inputToPixel.attach(document.querySelector("riv-plot").view));
 */
export function installInputToPixelProbe() {
  const key = (x, y) => `${Math.round(x)},${Math.round(y)}`;
  let inputs = new Map();
  let drawn = new Map();
  let dispatched = 0;
  let unmatched = 0;

  addEventListener(
    "pointermove",
    (event) => {
      dispatched += 1;
      for (const sample of event.getCoalescedEvents())
        inputs.set(key(sample.clientX, sample.clientY), sample.timeStamp);
    },
    { capture: true },
  );

  /** Matches the rows a source gained since it last changed, newest first, until one it had already shown. */
  function watch(view, source) {
    const shown = new Set();
    const onChange = () => {
      const xs = source.data.x;
      const ys = source.data.y;
      const rect = view.canvas_view.el.getBoundingClientRect();
      const pending = [];
      for (let i = xs.length - 1; i >= 0; i -= 1) {
        const at = key(rect.left + view.frame.x_scale.compute(xs[i]), rect.top + view.frame.y_scale.compute(ys[i]));
        if (shown.has(at)) break;
        shown.add(at);
        const inputTime = inputs.get(at);
        if (inputTime === undefined) unmatched += 1;
        else if (!drawn.has(at)) pending.push(at, inputTime);
      }
      if (pending.length === 0) return;
      requestAnimationFrame(() => {
        const now = performance.now();
        for (let i = 0; i < pending.length; i += 2)
          if (!drawn.has(pending[i])) drawn.set(pending[i], [pending[i + 1], now]);
      });
    };
    source.streaming.connect(onChange);
    source.change.connect(onChange);
  }

  window.inputToPixel = {
    attach(view) {
      for (const renderer of view.model.renderers) {
        const source = renderer.data_source;
        if (source?.data?.x !== undefined && source.data.y !== undefined) watch(view, source);
      }
    },
    reset() {
      inputs = new Map();
      drawn = new Map();
      dispatched = 0;
      unmatched = 0;
    },
    /** What reached the page and the plot since `reset()`: counts, sorted latencies (ms) and the busiest second. */
    result() {
      const latencies = [...drawn.values()].map(([input, frame]) => frame - input).sort((a, b) => a - b);
      const perSecond = new Map();
      for (const [input] of drawn.values()) {
        const second = Math.floor(input / 1000);
        perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
      }
      return {
        dispatched,
        reachedPage: inputs.size,
        drawn: drawn.size,
        unmatched,
        latencies,
        ceiling: Math.max(0, ...perSecond.values()),
      };
    },
  };
}
