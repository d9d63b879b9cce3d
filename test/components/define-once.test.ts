// Tests of the "no traps" rules in Chromium: class-field defaults work, defining a tag twice is a no-op (with a
// development-time warning when the definitions differ), and a broken template shows in the page in development.
import { expect } from "chai";
import { executeServerCommand } from "@web/test-runner-commands";
import { ReactiveHTML } from "../../components/reactive-html.js";
import { TemplateError } from "../../components/template.js";
import { defineOnce } from "../../components/define-once.js";
import { defineComponent } from "../../components/define-component.js";

/** Records console.warn calls while `run` runs. */
async function warnings(run: () => unknown): Promise<string[]> {
  const warned: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warned.push(args.map(String).join(" "));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warned;
}

/** The module an anywidget front end evaluates once per widget: each call makes new class objects. */
function evaluateModule(template = '<img id="img" src="${src}">'): typeof ReactiveHTML {
  return class ImageView extends ReactiveHTML {
    static override template = template;
    static override properties = { src: { type: String } };
  };
}

describe("class-field defaults", () => {
  it("keeps a default written as a class field reactive, as Panel users write it", async () => {
    class Dice extends ReactiveHTML {
      static override template = '<img id="img" src="${src}">';
      static override properties = { src: { type: String } };
      declare src: string;
      constructor() {
        super();
        // What `src = "dice.svg"` does with native class fields ([[Define]] semantics): an own data property that
        // hides Lit's accessor, so later assignments would not update the DOM.
        Object.defineProperty(this, "src", { value: "dice.svg", writable: true, enumerable: true, configurable: true });
      }
    }
    defineOnce("no-trap-dice", Dice);
    const dice = document.createElement("no-trap-dice") as Dice;
    document.body.append(dice);
    await dice.updateComplete;
    const img = () => dice.shadowRoot?.getElementById("img")?.getAttribute("src");
    expect(img()).to.equal("dice.svg");
    dice.src = "other.svg";
    await dice.updateComplete;
    expect(img()).to.equal("other.svg");
    expect(Object.hasOwn(dice, "src")).to.equal(false);
    dice.remove();
  });
});

describe("defineOnce", () => {
  it("is a no-op when the same module defines the same tag again with new class objects", async () => {
    const first = evaluateModule();
    expect(defineOnce("no-trap-image", first)).to.equal(first);
    const warned = await warnings(() => expect(defineOnce("no-trap-image", evaluateModule())).to.equal(first));
    expect(warned).to.deep.equal([]);
    expect(customElements.get("no-trap-image")).to.equal(first);
  });

  it("warns in development when the second definition differs, and keeps the first", async () => {
    const first = evaluateModule();
    defineOnce("no-trap-changed", first);
    const warned = await warnings(() => defineOnce("no-trap-changed", evaluateModule('<p id="p">${src}</p>')));
    expect(warned).to.deep.equal([
      "rivulet: <no-trap-changed> is already defined by a different ImageView (its template differs); " +
        "keeping the first definition: reload the page to use the new one, or define it under another tag",
    ]);
    expect(customElements.get("no-trap-changed")).to.equal(first);
  });

  it("makes defineComponent with a taken tag return the element already defined", () => {
    const first = defineComponent({ tag: "no-trap-component", template: "<p>hi</p>" });
    expect(defineComponent({ tag: "no-trap-component", template: "<p>hi</p>" })).to.equal(first);
  });

  it("shows a template error in the page in development, and still throws it", async () => {
    const element = document.createElement("no-trap-broken");
    document.body.append(element);
    class Broken extends ReactiveHTML {
      static override template = '<p id="p">Hello {{ name }}</p>';
    }
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args[0]);
    try {
      expect(() => defineOnce("no-trap-broken", Broken)).to.throw(TemplateError);
    } finally {
      console.error = consoleError;
    }
    await customElements.whenDefined("no-trap-broken");
    const box = element.shadowRoot?.querySelector("[role=alert]") as HTMLElement;
    expect(box.textContent).to.contain('Broken.template: at (line 1, column 17) uses Jinja\'s "{{ name }}"');
    expect(box.getBoundingClientRect().height, "the box is visible").to.be.above(10);
    expect(errors).to.have.length(1);
    await executeServerCommand("save-screenshot", { name: "template-error-box.png" });
    element.remove();
  });
});
