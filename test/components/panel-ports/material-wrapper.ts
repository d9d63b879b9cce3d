// Port of Panel's "wrapping Material UI components" how-to with Material Web (@material/web) elements: a rivulet
// template binds their `value` and `checked`, which follow the user both ways through their input/change events.
// The page loads the Material elements themselves (the test imports them); this file only wraps them.
import { css } from "lit";
import { defineComponent } from "../../../components/define-component.js";

/** `<port-material-form>`: a name field, a level slider and a subscribe checkbox, with a summary line. */
export const MaterialForm = defineComponent({
  tag: "port-material-form",
  template:
    '<md-outlined-text-field id="name" label="Name" value="${name}"></md-outlined-text-field>' +
    '<label class="row">Level <md-slider id="level" labeled min="0" max="10" value="${level}"></md-slider></label>' +
    '<label class="row"><md-checkbox id="subscribe" checked="${subscribe}"></md-checkbox> Subscribe</label>' +
    '<p id="summary">${name} · level ${level}</p>',
  properties: { name: { type: String }, level: { type: Number }, subscribe: { type: Boolean } },
  defaults: { name: "", level: 3, subscribe: false },
  domEvents: { subscribe: ["change"] },
  styles: css`
    :host {
      display: grid;
      gap: 12px;
      width: 340px;
      padding: 16px;
      font:
        15px Roboto,
        system-ui,
        sans-serif;
      color: #1d1b20;
      /* Material's own typefaces default to Roboto; fall back to the system's sans-serif, never to serif. */
      --md-ref-typeface-plain: Roboto, system-ui, sans-serif;
      --md-ref-typeface-brand: Roboto, system-ui, sans-serif;
    }
    .row {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    md-slider {
      flex: 1;
    }
    p {
      margin: 0;
      color: #49454f;
    }
  `,
});
