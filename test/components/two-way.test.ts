// Tests of two-way sync with trusted typing and clicks: template bindings on form controls and custom elements,
// and syncProperty in render functions (inputs, checkboxes, selects, contenteditable).
import { expect } from "chai";
import { sendKeys, sendMouse } from "@web/test-runner-commands";
import { defineComponent } from "../../components/define-component.js";
import { syncProperty } from "../../components/two-way.js";

let count = 0;
const nextTag = (): string => `two-way-test-${(count += 1)}`;

async function clickCenter(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: "click", position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** A custom element like a design system's text field: an inner <input>, `value` on the host, composed input. */
class FancyField extends HTMLElement {
  private readonly input: HTMLInputElement;
  constructor() {
    super();
    this.input = document.createElement("input");
    this.attachShadow({ mode: "open" }).append(this.input);
  }
  get value(): string {
    return this.input.value;
  }
  set value(value: string) {
    this.input.value = value;
  }
}
customElements.define("two-way-fancy-field", FancyField);

describe("two-way template bindings", () => {
  it("syncs a custom element's value both ways, as with Material or Shoelace fields", async () => {
    const Form = defineComponent({
      tag: nextTag(),
      template: '<two-way-fancy-field id="field" value="${name}"></two-way-fancy-field><p id="out">${name}</p>',
      properties: { name: { type: String } },
      defaults: { name: "Ada" },
    });
    const form = new Form();
    document.body.append(form);
    await form.updateComplete;
    const field = form.shadowRoot?.getElementById("field") as FancyField;
    expect(field.value).to.equal("Ada");
    await clickCenter(field);
    await sendKeys({ press: "End" });
    await sendKeys({ type: " L." });
    expect(form.name).to.equal("Ada L.");
    await form.updateComplete;
    expect(form.shadowRoot?.getElementById("out")?.textContent).to.equal("Ada L.");
    form.name = "Grace";
    await form.updateComplete;
    expect(field.value).to.equal("Grace");
    form.remove();
  });

  it("stores numbers from number and range inputs into Number properties", async () => {
    const Numbers = defineComponent({
      tag: nextTag(),
      template: '<input id="amount" type="number" value="${amount}"><input id="level" type="range" value="${level}">',
      properties: { amount: { type: Number }, level: { type: Number } },
      defaults: { amount: 1, level: 50 },
    });
    const numbers = new Numbers();
    document.body.append(numbers);
    await numbers.updateComplete;
    const amount = numbers.shadowRoot?.getElementById("amount") as HTMLInputElement;
    const level = numbers.shadowRoot?.getElementById("level") as HTMLInputElement;
    expect([amount.value, level.value]).to.deep.equal(["1", "50"]);
    await clickCenter(amount);
    await sendKeys({ press: "Backspace" });
    expect(numbers.amount, "an empty number field").to.equal(null);
    await sendKeys({ type: "42" });
    await clickCenter(level);
    await sendKeys({ press: "ArrowRight" });
    expect([numbers.amount, numbers.level]).to.deep.equal([42, 51]);
    numbers.remove();
  });
});

describe("syncProperty", () => {
  it("syncs inputs, checkboxes, selects and contenteditable in a render function", async () => {
    const Editor = defineComponent({
      tag: nextTag(),
      properties: { title: { type: String }, done: { type: Boolean }, size: { type: String }, note: { type: String } },
      defaults: { title: "Hello", done: false, size: "m", note: "first" },
      render({ model, el }) {
        const title = Object.assign(document.createElement("input"), { id: "title" });
        const done = Object.assign(document.createElement("input"), { id: "done", type: "checkbox" });
        const size = Object.assign(document.createElement("select"), { id: "size" });
        size.append(new Option("small", "s"), new Option("medium", "m"), new Option("large", "l"));
        const note = Object.assign(document.createElement("div"), { id: "note", contentEditable: "plaintext-only" });
        note.style.cssText = "min-height: 20px; border: 1px solid #999";
        el.append(title, done, size, note);
        const stops = [
          syncProperty(model, "title", title),
          syncProperty(model, "done", done),
          syncProperty(model, "size", size),
          syncProperty(model, "note", note),
        ];
        return () => stops.forEach((stop) => stop());
      },
    });
    const editor = new Editor();
    document.body.append(editor);
    await editor.updateComplete;
    const root = editor.shadowRoot as ShadowRoot;
    const node = (id: string): HTMLElement => root.getElementById(id) as HTMLElement;
    expect([(node("title") as HTMLInputElement).value, (node("size") as HTMLSelectElement).value]).to.deep.equal([
      "Hello",
      "m",
    ]);
    expect(node("note").textContent).to.equal("first");

    await clickCenter(node("title"));
    await sendKeys({ press: "End" });
    await sendKeys({ type: " world" });
    await clickCenter(node("done"));
    node("size").focus();
    await sendKeys({ press: "ArrowDown" });
    await clickCenter(node("note"));
    await sendKeys({ press: "End" });
    await sendKeys({ type: " draft" });
    expect([editor.title, editor.done, editor.size, editor.note]).to.deep.equal([
      "Hello world",
      true,
      "l",
      "first draft",
    ]);

    editor.title = "Bye";
    editor.done = false;
    editor.note = "second";
    await editor.updateComplete;
    expect([(node("title") as HTMLInputElement).value, (node("done") as HTMLInputElement).checked]).to.deep.equal([
      "Bye",
      false,
    ]);
    expect(node("note").textContent).to.equal("second");
    editor.remove();
  });
});
