// anywidget's front end is published as an AMD module (`define(["@jupyter-widgets/base"], factory)`); this module,
// evaluated just before it, lends it a `define` that keeps the factory, so a page without RequireJS can run it.

/** The factory anywidget hands to `define`: it builds `AnyModel` and `AnyView` from @jupyter-widgets/base. */
export type AmdFactory = (base: unknown) => unknown;

const captured: AmdFactory[] = [];

/**
 * The factory the next module's `define` call gave; the global `define` is removed when it is taken.
 *
 * @example
 * import "./amd-capture.js"; import "anywidget"; const factory = takeAmdFactory();
 */
export function takeAmdFactory(): AmdFactory {
  Reflect.deleteProperty(globalThis, "define");
  const factory = captured.pop();
  if (factory === undefined) throw new Error("amd-capture: anywidget called no define(); import it after this module");
  return factory;
}

Reflect.set(globalThis, "define", (_dependencies: readonly string[], factory: AmdFactory) => captured.push(factory));
