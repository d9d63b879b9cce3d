// The dashboard's three widgets, each a component made with defineComponent from a template: a window-length
// slider, a pause toggle and a glyph select. Each property may hold a signal; the two-way binding writes into it.
import type { Signal } from "@lit-labs/signals";
import { css } from "lit";
import { defineComponent, property } from "rivulet/components";

/** A property that holds a value or a signal of it (the dashboard gives signals). */
const held = <T>(declaration: Parameters<typeof property<T>>[0] = {}) => property<T | Signal.State<T>>(declaration);

const widgetStyles = css`
  :host {
    display: block;
  }
  label {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 500;
  }
  input[type="range"] {
    flex: 1;
    min-width: 6rem;
  }
  select {
    font: inherit;
    padding: 0.2rem 0.4rem;
  }
`;

/**
 * `<window-slider>`: how many milliseconds each rate counts, 250 to 5000.
 *
 * @example
 * document.querySelector("window-slider").value = signal(1000);
 */
export const WindowSlider = defineComponent({
  tag: "window-slider",
  template:
    '<label>Window <input id="range" type="range" min="250" max="5000" step="250" value="${value}">' +
    '<output id="shown">${value} ms</output></label>',
  properties: { value: held<number>({ type: Number }) },
  defaults: { value: 1000 },
  styles: widgetStyles,
});

/**
 * `<pause-toggle>`: while `paused`, the pipeline lets nothing through.
 *
 * @example
 * document.querySelector("pause-toggle").paused = signal(false);
 */
export const PauseToggle = defineComponent({
  tag: "pause-toggle",
  template: '<label><input id="box" type="checkbox" checked="${paused}"> Pause</label>',
  properties: { paused: held<boolean>({ type: Boolean }) },
  defaults: { paused: false },
  styles: widgetStyles,
});

/**
 * `<glyph-select>`: how the positions plot draws, dots or a line.
 *
 * @example
 * document.querySelector("glyph-select").glyph = signal("scatter");
 */
export const GlyphSelect = defineComponent({
  tag: "glyph-select",
  template:
    '<label>Draw as <select id="select" value="${glyph}">' +
    '<option value="scatter">dots</option><option value="line">a line</option></select></label>',
  properties: { glyph: held<string>({ type: String }) },
  defaults: { glyph: "scatter" },
  styles: widgetStyles,
});
