// Tests of keyed lists (each="${obj of objects}"), children rendered in place, and dotted paths (${obj.x}) in
// string templates: what they compile to and what a person sees in Chromium.
import { expect } from "chai";
import { ReactiveHTML } from "../../components/reactive-html.js";
import { TemplateError, compileTemplate, type TemplateScope } from "../../components/template.js";
import type { ItemEventSample } from "../../components/template-items.js";

const scope: TemplateScope = {
  owner: "View",
  properties: ["objects", "settings", "name"],
  isMethod: () => false,
};

function errorOf(source: string): string {
  try {
    compileTemplate(source, scope);
  } catch (error) {
    expect(error).to.be.instanceOf(TemplateError);
    return (error as Error).message;
  }
  throw new Error(`compiling ${source} did not throw`);
}

let tagCount = 0;
function define(Class: CustomElementConstructor): string {
  tagCount += 1;
  const tag = `test-lists-${tagCount}`;
  customElements.define(tag, Class);
  return tag;
}

interface Fruit {
  id: string;
  name: string;
  colour: { hex: string };
}

class FruitList extends ReactiveHTML {
  static override template =
    '<ul id="list"><li id="item" each="${fruit, i of objects}" key="${fruit.id}" title="${fruit.colour.hex}">' +
    '${i}: ${fruit.name} <b id="swatch">${settings.mark}</b></li></ul>';
  static override properties = { objects: { attribute: false }, settings: { attribute: false } };
  static override domEvents = { item: ["click"], swatch: ["click"] };
  declare objects: Fruit[];
  declare settings: { mark: string };
}
const fruitTag = define(FruitList);

async function mountFruits(objects: Fruit[]): Promise<FruitList> {
  const element = document.createElement(fruitTag) as FruitList;
  element.objects = objects;
  element.settings = { mark: "*" };
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const fruit = (id: string, name: string, hex = "#f00"): Fruit => ({ id, name, colour: { hex } });
const items = (element: ReactiveHTML) => [...(element.shadowRoot?.querySelectorAll("li") ?? [])];

describe("template lists", () => {
  it("compiles each= into a list hole whose item template has its own holes", () => {
    const compiled = compileTemplate('<ul id="l"><li id="item" each="${o of objects}">${o.name}</li></ul>', scope);
    expect([...compiled.strings]).to.deep.equal(['<ul id="l">', "</ul>"]);
    expect(compiled.ids).to.deep.equal(["l", "item"]);
    const list = compiled.holes[0];
    if (list?.kind !== "list") throw new Error(`expected a list hole, got ${JSON.stringify(list)}`);
    expect([...list.template.strings]).to.deep.equal(['<li id="', '">', "</li>"]);
    expect(list.template.holes).to.deep.equal([
      { kind: "attribute", pieces: ["item-", "#index", ""], url: false },
      { kind: "text", property: "o.name" },
    ]);
  });

  it("renders one element per array item with Panel's per-item ids, and follows a new array", async () => {
    const view = await mountFruits([fruit("a", "apple", "#0f0"), fruit("b", "banana")]);
    expect(items(view).map((li) => [li.id, li.textContent, li.title])).to.deep.equal([
      ["item-0", "0: apple *", "#0f0"],
      ["item-1", "1: banana *", "#f00"],
    ]);
    const banana = items(view)[1];
    view.objects = [fruit("c", "cherry"), ...view.objects];
    await view.updateComplete;
    expect(items(view).map((li) => li.id + " " + li.textContent)).to.deep.equal([
      "item-0 0: cherry *",
      "item-1 1: apple *",
      "item-2 2: banana *",
    ]);
    expect(items(view)[2], "keyed: the banana's node moved, it was not rebuilt").to.equal(banana);
    view.remove();
  });

  it("tells which item an event came from: node, index and key", async () => {
    const view = await mountFruits([fruit("a", "apple"), fruit("b", "banana"), fruit("c", "cherry")]);
    const samples: ItemEventSample[] = [];
    view.addEventListener("riv-event", (event) => samples.push((event as CustomEvent<ItemEventSample>).detail));
    items(view)[2]?.click();
    view.shadowRoot?.getElementById("swatch-1")?.click();
    expect(samples.map((s) => [s.node, s.index, s.key])).to.deep.equal([
      ["item", 2, "c"],
      ["swatch", 1, "b"],
      ["item", 1, "b"],
    ]);
    const one: string[] = [];
    const stop = view.onEvent("item-0", "click", (sample) => one.push(sample.node));
    items(view)[0]?.click();
    items(view)[1]?.click();
    stop();
    expect(one).to.deep.equal(["item-0"]);
    view.remove();
  });

  it("binds items added later, and keeps values bound, never markup", async () => {
    const view = await mountFruits([]);
    expect(items(view)).to.have.length(0);
    view.objects = [fruit("x", "<img src=x onerror=alert(1)>")];
    await view.updateComplete;
    const clicked: number[] = [];
    view.onEvent("item", "click", (sample) => clicked.push((sample as ItemEventSample).index));
    items(view)[0]?.click();
    expect(clicked).to.deep.equal([0]);
    expect(items(view)[0]?.textContent).to.equal("0: <img src=x onerror=alert(1)> *");
    expect(view.shadowRoot?.querySelector("img")).to.equal(null);
    view.remove();
  });

  it("renders children given as a property in place, nodes as nodes", async () => {
    class Children extends ReactiveHTML {
      static override template =
        '<div id="container"><div id="obj" each="${child of objects}">${child}</div></div><p id="all">${extra}</p>';
      static override properties = { objects: { attribute: false }, extra: { attribute: false } };
      static override children = ["objects", "extra"];
      declare objects: unknown[];
      declare extra: unknown;
    }
    const element = document.createElement(define(Children)) as Children;
    const first = Object.assign(document.createElement("span"), { textContent: "first" });
    element.objects = [first, "plain <b>text</b>"];
    element.extra = [document.createElement("hr"), document.createElement("hr")];
    document.body.append(element);
    await element.updateComplete;
    const root = element.shadowRoot as ShadowRoot;
    expect(root.getElementById("obj-0")?.firstElementChild).to.equal(first);
    expect(root.getElementById("obj-1")?.textContent).to.equal("plain <b>text</b>");
    expect(root.querySelector("b")).to.equal(null);
    expect(root.getElementById("all")?.querySelectorAll("hr")).to.have.length(2);
    element.remove();
  });

  it("explains lists it cannot build", () => {
    expect(errorOf('<li each="${o of objects}">${o}</li>')).to.equal(
      'View.template: <li> (line 1, column 1) repeats for each="${o of objects}" but has no id; add id="..." to the node',
    );
    expect(errorOf('<li id="i" each="${objects}">x</li>')).to.equal(
      'View.template: <li id="i"> writes each="${objects}"; name the item and the array: each="${obj of objects}"',
    );
    expect(errorOf('<li id="i" each="${o of missing}">x</li>')).to.match(
      /binds "\$\{missing\}", which is not in static properties/,
    );
    expect(errorOf('<p id="p">${o.name}</p>')).to.match(/binds "\$\{o.name\}", which is not in static properties/);
    expect(errorOf('<ul id="u" each="${a of objects}"><li id="i" each="${b of a.items}">x</li></ul>')).to.match(
      /repeats inside the list of <ul id="u">; nest a component for inner lists/,
    );
  });
});
