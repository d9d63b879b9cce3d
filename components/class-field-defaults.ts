// Makes class-field defaults work on reactive properties: a native class field (`src = "dice.svg"`) defines an own
// data property that hides Lit's accessor, so the element would never update; this moves its value into the accessor.

/**
 * Moves each own data property of `element` named in `properties` into the accessor it hides, keeping its value.
 * Call it before the element's first update (on connection); later assignments then update the element.
 *
 * @example
 * adoptClassFields(this, (this.constructor as typeof ReactiveElement).elementProperties.keys());
 */
export function adoptClassFields(element: object, properties: Iterable<PropertyKey>): void {
  const fields = element as Record<PropertyKey, unknown>;
  for (const key of properties) {
    if (!Object.hasOwn(element, key)) continue;
    const value = fields[key];
    delete fields[key];
    fields[key] = value;
  }
}
