// Tests of `static scripts` in Chromium: Panel's _scripts roles (render, after_layout, remove, change:x) run as
// plain functions at the right moments, with the element as `this` and `model`, and leave nothing behind.
import { countAcross, countPending } from "../harness/lifecycle.js";
import { expect } from "chai";
import { ReactiveHTML } from "../../components/reactive-html.js";
import { TemplateError } from "../../components/template.js";
import type { ComponentScripts } from "../../components/script-lifecycle.js";

let tagCount = 0;
function define(Class: CustomElementConstructor): string {
  tagCount += 1;
  const tag = `test-scripts-${tagCount}`;
  customElements.define(tag, Class);
  return tag;
}

type Call = readonly [role: string, self: boolean, model: boolean, shown: string];
const calls: Call[] = [];
let layouts: (() => void)[] = [];

class Scripted extends ReactiveHTML {
  static override template = '<div id="box" style="width: ${width}px; height: 20px">${label}</div>';
  static override properties = { label: { type: String }, width: { type: Number } };
  static override scripts: ComponentScripts = {
    render(this: Scripted, model: Scripted, root) {
      calls.push(["render", this instanceof Scripted, model === this, root.querySelector("#box")?.textContent ?? ""]);
    },
    after_layout(this: Scripted, model: Scripted) {
      calls.push(["after_layout", true, model === this, String(this.getBoundingClientRect().width)]);
      for (const resolve of layouts) resolve();
      layouts = [];
    },
    remove(this: Scripted) {
      calls.push(["remove", this instanceof Scripted, true, String(this.isConnected)]);
    },
    "change:label"(this: Scripted, model: Scripted, root) {
      calls.push([
        "change:label",
        this instanceof Scripted,
        model === this,
        root.querySelector("#box")?.textContent ?? "",
      ]);
    },
  };
  declare label: string;
  declare width: number;
  constructor() {
    super();
    this.label = "one";
    this.width = 100;
  }
}
const scriptedTag = define(Scripted);
const nextLayout = () => new Promise<void>((resolve) => layouts.push(resolve));

describe("ReactiveHTML scripts", () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it("runs render once after the first render, change:x after each change, remove on removal", async () => {
    const element = document.createElement(scriptedTag) as Scripted;
    element.style.display = "inline-block";
    const laidOut = nextLayout();
    document.body.append(element);
    await element.updateComplete;
    await laidOut;
    element.label = "two";
    await element.updateComplete;
    element.remove();
    expect(calls).to.deep.equal([
      ["render", true, true, "one"],
      ["after_layout", true, true, "100"],
      ["change:label", true, true, "two"],
      ["remove", true, true, "false"],
    ]);
  });

  it("runs after_layout again when the element is resized, and render again when it comes back", async () => {
    const element = document.createElement(scriptedTag) as Scripted;
    element.style.display = "inline-block";
    let laidOut = nextLayout();
    document.body.append(element);
    await laidOut;
    laidOut = nextLayout();
    element.width = 150;
    await laidOut;
    element.remove();
    laidOut = nextLayout();
    document.body.append(element);
    await laidOut;
    element.remove();
    expect(calls.map(([role, , , shown]) => `${role} ${shown}`)).to.deep.equal([
      "render one",
      "after_layout 100",
      "after_layout 150",
      "remove false",
      "render one",
      "after_layout 150",
      "remove false",
    ]);
  });

  it("leaves no resize observer or listener behind after 1,000 connections", async () => {
    const element = document.createElement(scriptedTag) as Scripted;
    const { before, after } = await countAcross(
      async (i) => {
        document.body.append(element);
        element.label = `label ${i}`;
        await element.updateComplete;
        element.remove();
      },
      { warmUp: 50, cycles: 1000 },
    );
    expect(countPending().resizeObservers).to.equal(0);
    expect(after.listeners - before.listeners).to.be.at.most(0);
    expect(after.resizeObservers - before.resizeObservers).to.equal(0);
    expect(after.animationFrames - before.animationFrames).to.equal(0);
  });

  it("refuses, when defined, a role it does not know or a change of an undeclared property", () => {
    class Typo extends ReactiveHTML {
      static override template = '<p id="p">${label}</p>';
      static override properties = { label: { type: String } };
      static override scripts = { afterLayout() {} } as ComponentScripts;
    }
    expect(() => define(Typo))
      .to.throw(TemplateError)
      .with.property(
        "message",
        'Typo.scripts: "afterLayout" is not a script role; use render, after_layout, remove or "change:<property>"',
      );
    class Unknown extends ReactiveHTML {
      static override template = '<p id="p">${label}</p>';
      static override properties = { label: { type: String } };
      static override scripts: ComponentScripts = { "change:size"() {} };
    }
    expect(() => define(Unknown))
      .to.throw(TemplateError)
      .with.property(
        "message",
        'Unknown.scripts: "change:size" follows "size", which is not in static properties (known: label); declare it',
      );
  });
});
