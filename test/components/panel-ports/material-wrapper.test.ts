// Panel's Material wrapper, ported with Material Web elements: trusted typing, arrow keys and clicks reach the
// rivulet properties, and properties set by the page reach the Material elements.
import "@material/web/textfield/outlined-text-field.js";
import "@material/web/slider/slider.js";
import "@material/web/checkbox/checkbox.js";
import { expect } from "chai";
import { executeServerCommand, sendKeys, sendMouse } from "@web/test-runner-commands";
import type { MdOutlinedTextField } from "@material/web/textfield/outlined-text-field.js";
import type { MdSlider } from "@material/web/slider/slider.js";
import type { MdCheckbox } from "@material/web/checkbox/checkbox.js";
import { MaterialForm } from "./material-wrapper.js";

async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: "click", position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe("Panel port: Material Web wrapper", () => {
  it("syncs a Material text field, slider and checkbox both ways under trusted input", async () => {
    const form = Object.assign(new MaterialForm(), { name: "Ada" });
    document.body.append(form);
    await form.updateComplete;
    const root = form.shadowRoot as ShadowRoot;
    const name = root.getElementById("name") as MdOutlinedTextField;
    const level = root.getElementById("level") as MdSlider;
    const subscribe = root.getElementById("subscribe") as MdCheckbox;
    await Promise.all([name.updateComplete, level.updateComplete, subscribe.updateComplete]);
    expect([name.value, level.value, subscribe.checked]).to.deep.equal(["Ada", 3, false]);

    await click(name);
    await sendKeys({ press: "End" });
    await sendKeys({ type: " Lovelace" });
    expect(form.name).to.equal("Ada Lovelace");

    level.focus();
    await sendKeys({ press: "ArrowRight" });
    await sendKeys({ press: "ArrowRight" });
    expect(form.level).to.equal(5);

    await click(subscribe);
    expect(form.subscribe).to.equal(true);
    expect(form.queue.getNowait().type, "the checkbox's change is a sample too").to.equal("change");
    await form.updateComplete;
    expect(root.getElementById("summary")?.textContent).to.equal("Ada Lovelace · level 5");
    await executeServerCommand("save-screenshot", { name: "panel-port-material-wrapper.png" });

    Object.assign(form, { name: "Grace", level: 8, subscribe: false });
    await form.updateComplete;
    expect([name.value, level.value, subscribe.checked]).to.deep.equal(["Grace", 8, false]);
    form.remove();
  });
});
