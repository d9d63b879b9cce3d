// Tests of defineComponent: a component from a description, with the same checks as a class.
import { expect } from "chai";
import { css } from "lit";
import { DefinitionError, defineComponent } from "../../components/define-component.js";
import type { ReactiveHTML } from "../../components/reactive-html.js";
import { TemplateError } from "../../components/template.js";

describe("defineComponent", () => {
  it("defines a working element with properties, domEvents and styles", async () => {
    const Greeting = defineComponent({
      tag: "define-test-greeting",
      template: '<p id="p">Hello ${name}</p>',
      properties: { name: { type: String } },
      domEvents: { p: ["click"] },
      styles: css`
        p {
          color: rgb(255, 0, 0);
        }
      `,
    });
    expect(customElements.get("define-test-greeting")).to.equal(Greeting);
    expect(Greeting.name).to.equal("DefineTestGreeting");
    const element = document.createElement("define-test-greeting") as ReactiveHTML;
    element.setAttribute("name", "world");
    document.body.append(element);
    await element.updateComplete;
    const p = element.shadowRoot?.getElementById("p") as HTMLElement;
    expect(p.textContent).to.equal("Hello world");
    expect(getComputedStyle(p).color).to.equal("rgb(255, 0, 0)");
    p.click();
    expect(element.queue.size).to.equal(1);
    element.remove();
  });

  it("rejects a bad tag and a broken template, naming the component", async () => {
    expect(() => defineComponent({ tag: "Nodash", template: "" }))
      .to.throw(DefinitionError)
      .with.property(
        "message",
        'defineComponent: tag "Nodash" is not a custom element name; use lowercase with a dash, e.g. "image-view"',
      );
    expect(() => defineComponent({ tag: "define-test-broken", template: '<img src="${src}">' }))
      .to.throw(TemplateError)
      .with.property(
        "message",
        'DefineTestBroken.template: <img> (line 1, column 1) binds src but has no id; add id="..." to the node',
      );
    const box = document.body.appendChild(document.createElement("define-test-broken")) as ReactiveHTML;
    await box.updateComplete;
    expect(box.shadowRoot?.querySelector("[role=alert]")?.textContent, "development shows the error").to.contain(
      "DefineTestBroken.template: <img> (line 1, column 1) binds src but has no id",
    );
    box.remove();
  });
});
