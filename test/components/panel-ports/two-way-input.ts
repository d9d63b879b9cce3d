// Port of Panel's two-way text input (ReactiveHTML `<input id="input" value="${value}">` with `_dom_events`):
// the property follows what the user types, the page can set it back, and each change is a serialized sample.
import { css } from "lit";
import { defineComponent } from "../../../components/define-component.js";

/** `<port-text-input label="Name" value="Ada">`: a labelled text field with a live echo of its value. */
export const TextInput = defineComponent({
  tag: "port-text-input",
  template:
    '<label id="label" for="input">${label}</label>' +
    '<input id="input" value="${value}" placeholder="${placeholder}">' +
    '<p id="echo">${value}</p>',
  properties: { label: { type: String }, value: { type: String }, placeholder: { type: String } },
  defaults: { label: "Text", value: "", placeholder: "Type here" },
  domEvents: { input: ["change"] },
  styles: css`
    :host {
      display: grid;
      gap: 6px;
      width: 320px;
      font:
        15px system-ui,
        sans-serif;
      color: #1f2933;
    }
    label {
      font-weight: 600;
    }
    input {
      font: inherit;
      padding: 8px 10px;
      border: 1px solid #9aa5b1;
      border-radius: 6px;
    }
    input:focus {
      outline: 2px solid #2563eb;
      border-color: transparent;
    }
    p {
      margin: 0;
      min-height: 1.3em;
      color: #52606d;
    }
  `,
});
