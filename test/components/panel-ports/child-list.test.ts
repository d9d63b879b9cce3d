// The list-of-children port driven with trusted clicks: each child element is rendered in place in its own div,
// a click says which item it hit (index and key), and reordering the array moves the same nodes.
import { expect } from "chai";
import { executeServerCommand, resetMouse, sendMouse } from "@web/test-runner-commands";
import { ChildList } from "./child-list.js";
import type { ItemEventSample } from "../../../components/template-items.js";

async function clickCentre(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: "click",
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
}

function child(id: string, text: string): HTMLElement {
  return Object.assign(document.createElement("span"), { id, textContent: text });
}

describe("Panel port: a list of child divs", () => {
  afterEach(() => resetMouse());

  it("renders each child in place and reports which one a trusted click hit", async () => {
    const list = new ChildList();
    const [red, green, blue] = [child("red", "Red"), child("green", "Green"), child("blue", "Blue")];
    list.objects = [red, green, blue];
    document.body.append(list);
    await list.updateComplete;
    const root = list.shadowRoot as ShadowRoot;
    expect([...root.querySelectorAll("#container > div")].map((div) => `${div.id}:${div.textContent}`)).to.deep.equal([
      "obj-0:Red",
      "obj-1:Green",
      "obj-2:Blue",
    ]);
    expect(root.getElementById("obj-1")?.firstElementChild).to.equal(green);
    await executeServerCommand("save-screenshot", { name: "panel-port-child-list.png" });

    const samples: ItemEventSample[] = [];
    list.addEventListener("riv-event", (event) => samples.push((event as CustomEvent<ItemEventSample>).detail));
    await clickCentre(green);
    list.objects = [blue, red, green];
    await list.updateComplete;
    await clickCentre(green);
    await clickCentre(root.getElementById("obj-0") as HTMLElement);
    expect(samples.map((s) => [s.type, s.node, s.index, s.key])).to.deep.equal([
      ["click", "obj", 1, "green"],
      ["click", "obj", 2, "green"],
      ["click", "obj", 0, "blue"],
    ]);
    expect(list.queue.size).to.equal(3);
    list.remove();
  });
});
