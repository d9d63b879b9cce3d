// A @web/test-runner plugin: a test calls `executeServerCommand("cdp", { method, params })` and the Chrome
// DevTools Protocol method runs against the test's own page, for forcing garbage collection and reading heap and
// DOM counters in lifecycle tests, and for trusted wheel and touch input that @web/test-runner-commands lacks.
// Only the methods below are allowed.

/** The CDP methods a test may call: collecting garbage, reading counters, and trusted wheel and touch input. */
export const allowedCdpMethods = new Set([
  "HeapProfiler.collectGarbage",
  "Runtime.getHeapUsage",
  "Memory.getDOMCounters",
  "Performance.enable",
  "Performance.getMetrics",
  "Input.dispatchMouseEvent",
  "Input.dispatchTouchEvent",
]);

/** Plugin factory for the web-test-runner config. */
export function cdpPlugin() {
  const sessions = new WeakMap();
  return {
    name: "rivulet-cdp",
    async executeCommand({ command, payload, session }) {
      if (command !== "cdp") return undefined;
      const method = String(payload?.method ?? "");
      if (!allowedCdpMethods.has(method)) {
        throw new Error(`cdp: method "${method}" is not allowed; use one of ${[...allowedCdpMethods].join(", ")}`);
      }
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (cdp === undefined) {
        cdp = await page.context().newCDPSession(page);
        sessions.set(page, cdp);
      }
      return cdp.send(method, payload?.params ?? {});
    },
  };
}
