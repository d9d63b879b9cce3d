// Makes a ReactiveHTML component from a plain description, for pages that want an element without writing a class.
import type { CSSResultGroup, PropertyDeclarations } from "lit";
import { ReactiveHTML, type DomEvents } from "./reactive-html.js";
import { defineOnce } from "./define-once.js";

/** `defineComponent` was given a tag that cannot be a custom element name. */
export class DefinitionError extends Error {
  override name = "DefinitionError";
}

/** What `defineComponent` needs: the same statics a `ReactiveHTML` subclass declares, and a tag. */
export interface ComponentDefinition {
  /** The custom element name: lowercase, with a dash, e.g. `"image-view"`. */
  readonly tag: string;
  /** The Panel-style template string, e.g. `'<img id="img" src="${src}">'`. */
  readonly template: string;
  readonly properties?: PropertyDeclarations | undefined;
  readonly domEvents?: DomEvents | undefined;
  readonly styles?: CSSResultGroup | undefined;
}

const customElementName = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/** "image-view" → "ImageView", so that error messages name the component as a class would. */
function className(tag: string): string {
  return tag.replace(/(?:^|[-._])([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Defines a custom element from a template, its properties, its DOM events and styles, and returns its class.
 * The template is checked now, so a broken one throws here with a `TemplateError`. A tag already defined keeps its
 * first definition (see `defineOnce`), so a module may be evaluated more than once.
 *
 * @example
 * const ImageView = defineComponent({
 *   tag: "image-view",
 *   template: '<img id="img" src="${src}">',
 *   properties: { src: { type: String } },
 *   domEvents: { img: ["pointermove"] },
 * });
 * document.body.append(Object.assign(new ImageView(), { src: "dice.svg" }));
 */
export function defineComponent(definition: ComponentDefinition): typeof ReactiveHTML {
  const { tag, template, properties = {}, domEvents = {}, styles = [] } = definition;
  if (typeof tag !== "string" || !customElementName.test(tag)) {
    throw new DefinitionError(
      `defineComponent: tag "${String(tag)}" is not a custom element name; use lowercase with a dash, e.g. "image-view"`,
    );
  }
  const Component = class extends ReactiveHTML {
    static override template = template;
    static override properties = properties;
    static override domEvents = domEvents;
    static override styles = styles;
  };
  Object.defineProperty(Component, "name", { value: className(tag) });
  return defineOnce(tag, Component);
}
