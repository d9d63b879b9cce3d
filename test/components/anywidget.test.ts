// Tests that an anywidget front-end module written for Jupyter (test/components/widgets/counter.js) runs unchanged
// as a rivulet element: trusted clicks, model changes both ways, messages both ways, its CSS, its cleanup.
import { expect } from "chai";
import { executeServerCommand, sendMouse } from "@web/test-runner-commands";
import { defineAnywidget } from "../../components/anywidget.js";
import { DefinitionError } from "../../components/define-component.js";
import type { WidgetMessage } from "../../components/widget-model.js";

const counterUrl = new URL("./widgets/counter.js", import.meta.url).href;
const counterCss =
  ".counter-widget button { color: rgb(255, 255, 255); background: rgb(234, 88, 12); padding: 8px 16px; border: 0; border-radius: 6px; font: 16px sans-serif; }";

async function clickCenter(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: "click", position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

function drain(queue: { size: number; getNowait(): WidgetMessage }): unknown[] {
  const contents: unknown[] = [];
  while (queue.size > 0) contents.push(queue.getNowait().content);
  return contents;
}

describe("defineAnywidget", () => {
  it("runs anywidget's counter module unchanged, driven by trusted clicks", async () => {
    const module: unknown = await import(counterUrl);
    const CounterWidget = await defineAnywidget(module, {
      tag: "anywidget-test-counter",
      properties: { value: { type: Number } },
      defaults: { value: 0 },
      css: counterCss,
    });
    const counter = new CounterWidget();
    document.body.append(counter);
    await counter.updateComplete;
    const button = counter.shadowRoot?.getElementById("button") as HTMLButtonElement;
    expect(button.textContent).to.equal("count is 0");
    expect(getComputedStyle(button).backgroundColor, "the module's CSS reaches its shadow root").to.equal(
      "rgb(234, 88, 12)",
    );

    await clickCenter(button);
    await clickCenter(button);
    expect([counter.value, button.textContent]).to.deep.equal([2, "count is 2"]);
    expect(drain(counter.messages)).to.deep.equal([{ clicked: 1 }, { clicked: 2 }]);
    await executeServerCommand("save-screenshot", { name: "anywidget-counter.png" });

    counter.value = 40; // the page changes the trait, as Python would
    await counter.updateComplete;
    expect(button.textContent).to.equal("count is 40");
    counter.send({ reset: true }); // a custom message, as a kernel's widget.send would
    expect(counter.value).to.equal(0);
    await counter.updateComplete;
    expect(button.textContent).to.equal("count is 0");

    counter.remove();
    expect(drain(counter.messages), "initialize's cleanup ran").to.deep.equal([{ closed: true }]);
  });

  it("accepts a factory default export and the older bare render export", async () => {
    const Factory = await defineAnywidget(
      { default: async () => Promise.resolve({ render: ({ el }: { el: HTMLElement }) => (el.textContent = "made") }) },
      { tag: "anywidget-test-factory" },
    );
    const Bare = await defineAnywidget(
      { render: ({ el }: { el: HTMLElement }) => (el.textContent = "bare") },
      { tag: "anywidget-test-bare" },
    );
    const factory = new Factory();
    const bare = new Bare();
    document.body.append(factory, bare);
    await Promise.all([factory.updateComplete, bare.updateComplete]);
    expect([factory.el.textContent, bare.el.textContent]).to.deep.equal(["made", "bare"]);
    factory.remove();
    bare.remove();
  });

  it("refuses a module without render or initialize, naming the fix", async () => {
    let error: unknown;
    try {
      await defineAnywidget({ default: {} }, { tag: "anywidget-test-empty" });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(DefinitionError);
    expect((error as Error).message).to.equal(
      "defineAnywidget: <anywidget-test-empty>'s module has no render or initialize; " +
        "export default { render({ model, el }) {...} }",
    );
  });
});
