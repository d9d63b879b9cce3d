// The `detail` of a CustomEvent as sample data: a structured clone, so a sample stays plain data that a queue, a
// Worker or a plot can keep, and a detail that cannot be cloned is refused where it enters, by name.

/**
 * A DOM event could not be turned into a plain-data sample.
 *
 * @example
 * el.dispatchEvent(new CustomEvent("pick", { detail: () => 1 })); // bound by domEvents: throws a SampleError, a function cannot be cloned
 */
export class SampleError extends Error {
  override name = "SampleError";
}

/**
 * The structured clone of `event.detail` when `event` is a `CustomEvent`, else `null` (also for a detail of
 * `undefined`, so the field is always cloneable data). Throws a `SampleError` naming the event type, the node and
 * the fix when the detail holds what cannot be cloned (functions, DOM nodes, symbols).
 *
 * @example
 * sampleDetail(new CustomEvent("pick", { detail: { item: 3 } }), "list"); // { item: 3 }, a copy
 */
export function sampleDetail(event: Event, node: string): unknown {
  if (!(event instanceof CustomEvent)) return null;
  const detail: unknown = event.detail;
  if (detail === null || detail === undefined) return null;
  if (typeof detail !== "object") return detail; // primitives are their own clone
  try {
    return structuredClone(detail);
  } catch (error) {
    throw new SampleError(
      `riv: the "${event.type}" event of node "${node}" has a detail that cannot be structured-cloned ` +
        `(${error instanceof Error ? error.message : String(error)}); put plain data in detail (objects, arrays, ` +
        "numbers, strings, Dates, Maps, typed arrays), not functions or DOM nodes",
    );
  }
}
