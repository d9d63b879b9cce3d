// Panel's documented ReactiveHTML "list of child divs" ported to rivulet: `objects` holds child elements, each
// rendered in place inside its own div (Panel's {% for obj in objects %}<div id="obj">${obj}</div>{% endfor %}).
import { css } from "lit";
import { ReactiveHTML } from "../../../components/reactive-html.js";
import { defineOnce } from "../../../components/define-once.js";

/** `<riv-children>`: `objects` are nodes; a click on one's div is a `riv-event` sample with its index and key. */
export class ChildList extends ReactiveHTML {
  static override template =
    '<div id="container"><div id="obj" each="${obj of objects}" key="${obj.id}">${obj}</div></div>';
  static override properties = { objects: { attribute: false } };
  static override children = ["objects"];
  static override domEvents = { obj: ["click"] };
  static override styles = css`
    #container {
      display: flex;
      gap: 8px;
      font:
        14px system-ui,
        sans-serif;
    }
    #container > div {
      padding: 12px 16px;
      border: 1px solid #90a4ae;
      border-radius: 6px;
      background: #eceff1;
      cursor: pointer;
    }
  `;
  declare objects: HTMLElement[];

  constructor() {
    super();
    this.objects = [];
  }
}
defineOnce("riv-children", ChildList);
