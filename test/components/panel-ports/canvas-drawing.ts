// Port of Panel's drawable canvas (its JSComponent "Canvas" how-to): drag to draw, `color` and `lineWidth` set the
// stroke, Clear empties the canvas and `uri`, Save puts the drawing into `uri` as a PNG data URL.
import { css } from "lit";
import { defineComponent } from "../../../components/define-component.js";

/** `<port-canvas-drawing color="#0b7285" line-width="4">`: drawn with the pointer; `uri` holds the saved PNG. */
export const CanvasDrawing = defineComponent({
  tag: "port-canvas-drawing",
  properties: {
    color: { type: String },
    lineWidth: { type: Number, attribute: "line-width" },
    width: { type: Number },
    height: { type: Number },
    uri: { type: String },
  },
  defaults: { color: "#000000", lineWidth: 1, width: 400, height: 300, uri: "" },
  render({ model, el }) {
    const canvas = Object.assign(document.createElement("canvas"), { id: "canvas" });
    canvas.width = model.width;
    canvas.height = model.height;
    const context = canvas.getContext("2d") as CanvasRenderingContext2D;
    const stroke = (): void => {
      context.lineWidth = model.lineWidth;
      context.strokeStyle = model.color;
      context.lineCap = "round";
      context.lineJoin = "round";
    };
    stroke();
    model.on(["color", "lineWidth"], stroke);

    let drawing = false;
    canvas.addEventListener("pointerdown", (event) => {
      drawing = true;
      canvas.setPointerCapture(event.pointerId);
      context.beginPath();
      context.moveTo(event.offsetX, event.offsetY);
    });
    canvas.addEventListener("pointermove", (event) => {
      if (!drawing) return;
      context.lineTo(event.offsetX, event.offsetY);
      context.stroke();
    });
    canvas.addEventListener("pointerup", () => (drawing = false));

    const button = (id: string, label: string, onClick: () => void): HTMLButtonElement => {
      const element = Object.assign(document.createElement("button"), { id, textContent: label });
      element.addEventListener("click", onClick);
      return element;
    };
    const clear = button("clear", "Clear", () => {
      context.clearRect(0, 0, canvas.width, canvas.height);
      model.uri = "";
    });
    const save = button("save", "Save", () => (model.uri = canvas.toDataURL()));
    const bar = Object.assign(document.createElement("div"), { className: "bar" });
    bar.append(clear, save);
    el.append(canvas, bar);
  },
  styles: css`
    :host {
      display: inline-block;
      font:
        14px system-ui,
        sans-serif;
    }
    canvas {
      display: block;
      border: 1px solid #9aa5b1;
      border-radius: 4px;
      background: #fff;
      touch-action: none;
      cursor: crosshair;
    }
    .bar {
      display: flex;
      gap: 8px;
      margin-top: 8px;
    }
    button {
      font: inherit;
      padding: 6px 14px;
      border: 1px solid #9aa5b1;
      border-radius: 6px;
      background: #f5f7fa;
      cursor: pointer;
    }
    button:hover {
      background: #e4e7eb;
    }
  `,
});
