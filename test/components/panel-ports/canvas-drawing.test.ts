// Panel's drawable canvas, ported: a trusted drag draws in the chosen colour and width, Save fills `uri` with a PNG,
// Clear empties both, and the drawing shows beside it as an <img>, as in Panel's example.
import { expect } from "chai";
import { executeServerCommand, sendMouse } from "@web/test-runner-commands";
import { CanvasDrawing } from "./canvas-drawing.js";

/** The canvas pixel at CSS offset (x, y), as [r, g, b, a]. */
function pixel(canvas: HTMLCanvasElement, x: number, y: number): number[] {
  const context = canvas.getContext("2d") as CanvasRenderingContext2D;
  return [...context.getImageData(x, y, 1, 1).data];
}

async function drag(canvas: HTMLCanvasElement, from: [number, number], to: [number, number]): Promise<void> {
  const box = canvas.getBoundingClientRect();
  const at = ([x, y]: [number, number]): [number, number] => [Math.round(box.x + x), Math.round(box.y + y)];
  await sendMouse({ type: "move", position: at(from) });
  await sendMouse({ type: "down" });
  for (let step = 1; step <= 10; step += 1) {
    const x = from[0] + ((to[0] - from[0]) * step) / 10;
    const y = from[1] + ((to[1] - from[1]) * step) / 10;
    await sendMouse({ type: "move", position: at([x, y]) });
  }
  await sendMouse({ type: "up" });
}

async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: "click", position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe("Panel port: drawable canvas", () => {
  it("draws a trusted drag in the chosen stroke, saves it as a PNG and clears it", async () => {
    const drawing = Object.assign(new CanvasDrawing(), { color: "#0b7285", lineWidth: 6 });
    const preview = document.createElement("img");
    preview.alt = "saved drawing";
    preview.style.cssText = "width: 200px; height: 150px; border: 1px dashed #9aa5b1; margin-left: 16px";
    const row = document.createElement("div");
    row.style.cssText = "display: flex; align-items: flex-start; padding: 8px";
    row.append(drawing, preview);
    document.body.append(row);
    await drawing.updateComplete;
    const root = drawing.shadowRoot as ShadowRoot;
    const canvas = root.getElementById("canvas") as HTMLCanvasElement;

    await drag(canvas, [40, 60], [360, 60]);
    expect(pixel(canvas, 200, 60), "teal where the pointer went").to.deep.equal([11, 114, 133, 255]);
    expect(pixel(canvas, 200, 120)[3], "nothing elsewhere").to.equal(0);

    drawing.color = "#e8590c";
    drawing.lineWidth = 12;
    await drawing.updateComplete;
    await drag(canvas, [200, 30], [200, 270]);
    expect(pixel(canvas, 200, 200), "orange after the colour changed").to.deep.equal([232, 89, 12, 255]);
    expect(pixel(canvas, 203, 200)[3], "12 px wide: 4 px off its middle is still drawn").to.equal(255);

    await click(root.getElementById("save") as HTMLElement);
    expect(drawing.uri).to.match(/^data:image\/png;base64,/);
    preview.src = drawing.uri; // the page shows what was saved, as Panel's example does with jslink
    await preview.decode();
    await executeServerCommand("save-screenshot", { name: "panel-port-canvas-drawing.png" });

    await click(root.getElementById("clear") as HTMLElement);
    expect([drawing.uri, pixel(canvas, 200, 60)[3]]).to.deep.equal(["", 0]);
    row.remove();
  });
});
