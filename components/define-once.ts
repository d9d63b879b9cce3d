// Defines a custom element once: defining a tag again is a no-op, also when the same module is evaluated again with
// new class objects (anywidget does so once per widget), with a development-time warning when the two differ.
import { developmentMode } from "./development.js";
import { TemplateError } from "./template.js";
import { defineErrorBox } from "./template-error-box.js";

const describedStatics = ["template", "properties", "domEvents", "children", "scripts", "styles"] as const;

/** A definition as text, statics first, so two evaluations of one module compare equal and any edit does not. */
function describe(Class: CustomElementConstructor, name: (typeof describedStatics)[number]): string {
  const value: unknown = (Class as unknown as Record<string, unknown>)[name];
  return JSON.stringify(value, (_, item: unknown) =>
    typeof item === "function" ? Function.prototype.toString.call(item) : item,
  );
}

function difference(first: CustomElementConstructor, second: CustomElementConstructor): string | undefined {
  for (const name of describedStatics) {
    if (describe(first, name) !== describe(second, name)) return `its ${name} differs`;
  }
  const source = (Class: CustomElementConstructor) => Function.prototype.toString.call(Class);
  return source(first) === source(second) ? undefined : "its class body differs";
}

/**
 * Defines `Class` as `<tag>` unless the tag is already defined, and returns the class that defines it. A broken
 * template still throws its `TemplateError`; in development the tag then shows the error in the page.
 *
 * @example
 * const ImageView = defineOnce("image-view", class extends ReactiveHTML { ... }); // safe to evaluate twice
 */
export function defineOnce<T extends CustomElementConstructor>(tag: string, Class: T): T {
  const existing = customElements.get(tag) as T | undefined;
  if (existing === undefined) {
    try {
      customElements.define(tag, Class);
    } catch (error) {
      if (developmentMode && error instanceof TemplateError) {
        console.error(error);
        defineErrorBox(tag, error);
      }
      throw error;
    }
    return Class;
  }
  const differs = existing === Class || !developmentMode ? undefined : difference(existing, Class);
  if (differs !== undefined) {
    console.warn(
      `rivulet: <${tag}> is already defined by a different ${Class.name || "class"} (${differs}); keeping the ` +
        "first definition: reload the page to use the new one, or define it under another tag",
    );
  }
  return existing;
}
