// Panel's `_scripts` for rivulet components, as plain functions (no string eval, so strict CSP pages work): code run
// after the first render, after layout and each resize, on removal, and when a property changes.
import type { PropertyValues } from "lit";
import { TemplateError } from "./template.js";

/**
 * Where a component renders: its shadow root, or the element itself when it renders into light DOM.
 *
 * @example
 * const scripts: ComponentScripts = { render(model, root: ScriptRoot) { root.querySelector("img")?.focus(); } };
 */
export type ScriptRoot = HTMLElement | DocumentFragment;

/** A script: `this` and `model` are the element, `root` is where its template rendered. */
// A method's parameters are compared both ways, so a script may declare its own element type for `this` and `model`.
type Script = { script(this: HTMLElement, model: HTMLElement, root: ScriptRoot): void }["script"];

/**
 * `static scripts` of a `ReactiveHTML` class: Panel's `_scripts` roles as functions. `render` runs after the first
 * render following each connection, `after_layout` once the element is laid out and after each change of its
 * size, `remove` when it is removed, and `"change:x"` after each render that followed a change of property `x`.
 *
 * @example
 * static override scripts: ComponentScripts = {
 *   render(this: Slideshow, model, root) { root.querySelector("img")?.decode(); },
 *   "change:index"(this: Slideshow) { this.announce(`slide ${this.index}`); },
 * };
 */
export interface ComponentScripts {
  /** After the first render following each connection. */
  render?(this: HTMLElement, model: HTMLElement, root: ScriptRoot): void;
  /** Once the element is laid out, and after each change of its size. */
  after_layout?(this: HTMLElement, model: HTMLElement, root: ScriptRoot): void;
  /** When the element is removed from the page. */
  remove?(this: HTMLElement, model: HTMLElement, root: ScriptRoot): void;
  readonly [change: `change:${string}`]: Script | undefined;
}

const roles = new Set(["render", "after_layout", "remove"]);

/**
 * Fails, naming the fix, when `scripts` has a role Panel's scripts do not have here, or follows a property the
 * component does not declare.
 *
 * @example
 * checkScripts("Slideshow", { "change:index"() {} }, ["index"]); // fine
 */
export function checkScripts(owner: string, scripts: ComponentScripts, properties: readonly string[]): void {
  for (const [role, script] of Object.entries(scripts)) {
    const property = role.startsWith("change:") ? role.slice("change:".length) : undefined;
    if (property === undefined && !roles.has(role)) {
      throw new TemplateError(
        `${owner}.scripts: "${role}" is not a script role; use render, after_layout, remove or "change:<property>"`,
      );
    }
    if (property !== undefined && !properties.includes(property)) {
      const known = properties.length > 0 ? properties.join(", ") : "none";
      throw new TemplateError(
        `${owner}.scripts: "${role}" follows "${property}", which is not in static properties (known: ${known}); declare it`,
      );
    }
    if (typeof script !== "function") {
      throw new TemplateError(`${owner}.scripts: "${role}" is ${typeof script}, not a function; write ${role}() {}`);
    }
  }
}

/**
 * Runs one element's scripts at the moments their roles name. The element calls `updated` after each render and
 * `disconnected` when removed; `disconnected` undoes what `updated` started (the resize observer).
 *
 * @example
 * const scripts = new ScriptLifecycle(element, Slideshow.scripts, () => element.renderRoot);
 */
export class ScriptLifecycle {
  private rendered = false;
  private observer: ResizeObserver | undefined;
  private frame = 0;

  constructor(
    private readonly element: HTMLElement,
    private readonly scripts: ComponentScripts,
    private readonly root: () => ScriptRoot,
  ) {}

  /** After a render: `render` (and layout observation) the first time since connection, else `change:x` scripts. */
  updated(changed: PropertyValues): void {
    if (!this.rendered) {
      this.rendered = true;
      this.run("render");
      if (this.scripts.after_layout !== undefined) {
        this.observer ??= new ResizeObserver(this.laidOut);
        this.observer.observe(this.element);
      }
      return;
    }
    for (const key of changed.keys()) {
      if (typeof key === "string") this.run(`change:${key}`);
    }
  }

  /** On removal: stops observing layout and runs `remove`. */
  disconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (!this.rendered) return;
    this.rendered = false;
    this.run("remove");
  }

  // A script that changes layout from inside a resize observation makes the browser report a "ResizeObserver loop";
  // run it in the next frame instead, once per frame however many observations came.
  private readonly laidOut = (): void => {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.run("after_layout");
    });
  };

  private run(role: string): void {
    (this.scripts as Readonly<Record<string, Script | undefined>>)[role]?.call(this.element, this.element, this.root());
  }
}
