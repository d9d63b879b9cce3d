// A stand-in for FAST's `utilities/style/focus.js`, which the Jupyter widget front end imports: FAST tests for
// `:focus-visible` by appending a <style> element at import time, which a strict Content-Security-Policy blocks.

/**
 * The focus selector FAST's component styles use: "focus-visible" where the browser supports that pseudo-class,
 * "focus" where it does not. Asked with `CSS.supports`, so no <style> element is made.
 *
 * @example
 * const styles = css`:host(:${focusVisible}) { outline: 2px solid }`;
 */
export const focusVisible =
  typeof CSS !== "undefined" && CSS.supports("selector(:focus-visible)") ? "focus-visible" : "focus";
