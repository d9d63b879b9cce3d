// Panel's two-way text input, ported: trusted typing updates the property and its echo, the page sets it back,
// and the committed value arrives in the queue as a change sample.
import { expect } from "chai";
import { executeServerCommand, sendKeys, sendMouse } from "@web/test-runner-commands";
import { TextInput } from "./two-way-input.js";

describe("Panel port: two-way text input", () => {
  it("follows trusted typing both ways and queues the committed value", async () => {
    const field = Object.assign(new TextInput(), { label: "Name", value: "Ada" });
    document.body.append(field);
    await field.updateComplete;
    const root = field.shadowRoot as ShadowRoot;
    const input = root.getElementById("input") as HTMLInputElement;
    expect(input.value).to.equal("Ada");

    const box = input.getBoundingClientRect();
    await sendMouse({
      type: "click",
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await sendKeys({ press: "End" });
    await sendKeys({ type: " Lovelace" });
    expect(field.value).to.equal("Ada Lovelace");
    await field.updateComplete;
    expect(root.getElementById("echo")?.textContent).to.equal("Ada Lovelace");
    await executeServerCommand("save-screenshot", { name: "panel-port-two-way-input.png" });

    await sendKeys({ press: "Enter" }); // Enter does not commit a text field; leaving it does
    await sendKeys({ press: "Tab" });
    const sample = field.queue.getNowait();
    expect([sample.type, sample.node, sample.value]).to.deep.equal(["change", "input", "Ada Lovelace"]);

    field.value = "Grace";
    await field.updateComplete;
    expect([input.value, root.getElementById("echo")?.textContent]).to.deep.equal(["Grace", "Grace"]);
    field.remove();
  });
});
