// Whether rivulet runs in development: exactly when Lit does (its "development" export condition), so that
// development-only help (warnings, error boxes in the page) costs nothing in a production build.
import { ReactiveElement } from "lit";

/**
 * True when Lit's development build is loaded (bundlers and dev servers pick it with the "development" condition).
 *
 * @example
 * if (developmentMode) console.warn("rivulet: ...");
 */
export const developmentMode: boolean = "enabledWarnings" in ReactiveElement;
