// Makes a <riv-plot>'s BokehJS toolbar one tab stop: BokehJS gives its logo and every tool button their own, so
// reaching what follows a plot took seven presses of Tab. The buttons form a roving group that arrow keys, Home
// and End move in; the logo stays a link for the mouse.
import type { PlotView } from "./plot-figure.js";

const keys = ["ArrowDown", "ArrowRight", "ArrowUp", "ArrowLeft", "Home", "End"];

/**
 * Leaves one toolbar button in the tab order and lets arrow keys move focus (and the tab stop) between them.
 * BokehJS re-renders a button (back in the tab order) when its tool turns on or off, so the order is put right
 * again whenever focus or a key press is inside the plot, before the browser moves focus. Returns the function
 * that removes the listeners.
 *
 * @example
 * const release = rovingToolbar(view); // later: release()
 */
export function rovingToolbar(view: PlotView): () => void {
  const toolbar = view.toolbar_panel?.toolbar_view;
  if (toolbar === undefined) return () => undefined;
  let current = 0;
  const buttons = (): HTMLElement[] => toolbar.tool_button_views.map((button) => button.el);
  const tidy = (): void => {
    for (const logo of toolbar.shadow_el.querySelectorAll("a")) logo.tabIndex = -1;
    buttons().forEach((button, i) => (button.tabIndex = i === current ? 0 : -1));
  };
  const onFocus = (event: Event): void => {
    const focused = buttons().findIndex((button) => event.composedPath().includes(button));
    if (focused >= 0) current = focused;
    tidy();
  };
  const onKey = (event: KeyboardEvent): void => {
    const all = buttons();
    const focused = all.findIndex((button) => event.composedPath().includes(button));
    if (focused < 0 || !keys.includes(event.key)) return tidy();
    const step = event.key === "ArrowDown" || event.key === "ArrowRight" ? 1 : -1;
    current =
      event.key === "Home" ? 0 : event.key === "End" ? all.length - 1 : (focused + step + all.length) % all.length;
    event.preventDefault();
    tidy();
    all[current]?.focus();
  };
  tidy();
  view.el.addEventListener("focusin", onFocus);
  view.el.addEventListener("keydown", onKey);
  return () => {
    view.el.removeEventListener("focusin", onFocus);
    view.el.removeEventListener("keydown", onKey);
  };
}
