// Tests of ReactiveHTML in Chromium: string templates, bound values, DOM event bindings into the queue, signals,
// two-way form bindings, the listener lifecycle, and the errors a broken class raises when it is defined.
import { expect } from "chai";
import { html } from "lit";
import { signal } from "@lit-labs/signals";
import { sendMouse } from "@web/test-runner-commands";
import { ReactiveHTML, UnknownNodeError, sampleEventName } from "../../components/reactive-html.js";
import { TemplateError } from "../../components/template.js";
import type { EventSample } from "../../components/events.js";
import { AsyncQueue } from "../../stream/queue.js";

let tagCount = 0;
/** Defines `Class` under a fresh tag name (custom element names cannot be redefined) and returns the tag. */
function define(Class: CustomElementConstructor): string {
  tagCount += 1;
  const tag = `test-reactive-${tagCount}`;
  customElements.define(tag, Class);
  return tag;
}

async function mount<T extends ReactiveHTML>(tag: string, setup: (element: T) => void = () => undefined): Promise<T> {
  const element = document.createElement(tag) as T;
  setup(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

function part<T extends Element = HTMLElement>(element: ReactiveHTML, id: string): T {
  const node = element.shadowRoot?.getElementById(id);
  if (!node) throw new Error(`no #${id} in ${element.localName}`);
  return node as unknown as T;
}

function pointer(type: string, clientX: number, clientY: number, init: PointerEventInit = {}): PointerEvent {
  return new PointerEvent(type, { clientX, clientY, bubbles: true, composed: true, pointerType: "mouse", ...init });
}

class ImageView extends ReactiveHTML {
  static override template =
    '<img id="img" src="${src}" alt="${label}" width="200" height="100"><p id="caption">${label}</p>';
  static override properties = { src: { type: String }, label: { type: String } };
  static override domEvents = { img: ["click"] };
  declare src: string;
  declare label: string;
  constructor() {
    super();
    this.src = "";
    this.label = "";
  }
}
const imageTag = define(ImageView);

describe("ReactiveHTML templates", () => {
  it("renders property values into attributes and text", async () => {
    const view = await mount<ImageView>(imageTag, (v) => {
      v.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
      v.label = "a die";
    });
    expect(part(view, "img").getAttribute("src")).to.equal("data:image/gif;base64,R0lGODlhAQABAAAAACw=");
    expect(part(view, "caption").textContent).to.equal("a die");
    view.label = "two dice";
    await view.updateComplete;
    expect(part(view, "caption").textContent).to.equal("two dice");
    expect(part(view, "img").getAttribute("alt")).to.equal("two dice");
    view.remove();
  });

  it("compiles the template once per class, not per render or per element", async () => {
    const first = ImageView.compiled();
    const a = await mount<ImageView>(imageTag);
    const b = await mount<ImageView>(imageTag);
    a.label = "changed";
    await a.updateComplete;
    expect(ImageView.compiled()).to.equal(first);
    expect(first?.strings).to.be.frozen;
    a.remove();
    b.remove();
  });

  it("shows hostile text as text and creates no element from it", async () => {
    const hostile = '"><img src=x onerror="window.__rivuletHacked = true">';
    // A data image keeps the browser from fetching the src, which would log a 404 for every run.
    const src = `data:image/gif;base64,R0lGODlhAQABAAAAACw=#${hostile}`;
    const view = await mount<ImageView>(imageTag, (v) => {
      v.label = hostile;
      v.src = src;
    });
    const root = view.shadowRoot as ShadowRoot;
    expect(root.querySelectorAll("img")).to.have.length(1);
    expect(part(view, "caption").textContent).to.equal(hostile);
    expect(part(view, "img").getAttribute("alt")).to.equal(hostile);
    expect(part(view, "img").getAttribute("src")).to.equal(src);
    expect((window as unknown as Record<string, unknown>).__rivuletHacked).to.equal(undefined);
    view.remove();
  });

  it("replaces javascript: URLs in src and href with a blocked placeholder", async () => {
    class Link extends ReactiveHTML {
      static override template = '<a id="link" href="${url}">go</a><img id="img" src="${url}">';
      static override properties = { url: { type: String } };
      declare url: string;
    }
    const view = await mount<Link>(define(Link), (v) => (v.url = " java\tscript:window.__rivuletHacked=1"));
    expect(part(view, "link").getAttribute("href")).to.equal("about:invalid#rivulet-blocked-url");
    expect(part(view, "img").getAttribute("src")).to.equal("about:invalid#rivulet-blocked-url");
    expect((window as unknown as Record<string, unknown>).__rivuletHacked).to.equal(undefined);
    view.url = "https://example.org/a?b=c";
    await view.updateComplete;
    expect(part(view, "link").getAttribute("href")).to.equal("https://example.org/a?b=c");
    view.remove();
  });

  it("blocks a javascript: URL that an SVG animation would set as a link's href", async () => {
    class AnimatedLink extends ReactiveHTML {
      static override template =
        '<svg id="s" width="100" height="100"><a id="link" href="#"><rect id="r" width="100" height="100"/>' +
        '<set id="set" attributeName="href" to="${url}" begin="0s"/></a></svg>';
      static override properties = { url: { type: String } };
      declare url: string;
    }
    const view = await mount<AnimatedLink>(
      define(AnimatedLink),
      (v) => (v.url = "javascript:window.__rivuletHacked=2"),
    );
    expect(part(view, "set").getAttribute("to")).to.equal("about:invalid#rivulet-blocked-url");
    const link = part<SVGAElement>(view, "link");
    for (let frame = 0; frame < 120 && link.href.animVal === "#"; frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve)); // SMIL applies <set> on an animation frame
    }
    let followed = "";
    const follow = (event: Event): void => {
      followed = link.href.animVal;
      event.preventDefault(); // keep the test page: even the blocked placeholder is a navigation
    };
    link.addEventListener("click", follow);
    const box = part(view, "r").getBoundingClientRect();
    await sendMouse({ type: "click", position: [Math.round(box.x + 50), Math.round(box.y + 50)] });
    link.removeEventListener("click", follow);
    expect(followed).to.equal("about:invalid#rivulet-blocked-url");
    view.remove();
  });

  it("removes a whole-attribute binding when the value is false or missing and sets it empty when true", async () => {
    class Toggle extends ReactiveHTML {
      static override template = '<button id="b" disabled="${off}" title="n=${n}">x</button>';
      static override properties = { off: { type: Boolean }, n: { type: Number } };
      declare off: boolean;
      declare n: number;
    }
    const view = await mount<Toggle>(define(Toggle), (v) => {
      v.off = true;
      v.n = 3;
    });
    expect(part(view, "b").getAttribute("disabled")).to.equal("");
    expect(part(view, "b").getAttribute("title")).to.equal("n=3");
    view.off = false;
    await view.updateComplete;
    expect(part(view, "b").hasAttribute("disabled")).to.equal(false);
    view.remove();
  });

  it("lets render() override the string template", async () => {
    class Custom extends ReactiveHTML {
      override render() {
        return html`<span id="s">custom</span>`;
      }
    }
    const view = await mount<Custom>(define(Custom));
    expect(part(view, "s").textContent).to.equal("custom");
    view.remove();
  });
});

describe("ReactiveHTML signals and two-way bindings", () => {
  it("shows a signal held by a property and follows it", async () => {
    class Counter extends ReactiveHTML {
      static override template = '<output id="out">${count}</output>';
      static override properties = { count: { attribute: false } };
      declare count: unknown;
    }
    const count = signal(1);
    const view = await mount<Counter>(define(Counter), (v) => (v.count = count));
    expect(part(view, "out").textContent).to.equal("1");
    count.set(2);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await view.updateComplete;
    expect(part(view, "out").textContent).to.equal("2");
    view.remove();
  });

  it("stops following a signal while disconnected and shows its latest value once reconnected", async () => {
    class Shown extends ReactiveHTML {
      static override template = '<output id="out">${count}</output>';
      static override properties = { count: { attribute: false } };
      declare count: unknown;
      renders = 0;
      protected override render(): unknown {
        this.renders += 1;
        return super.render();
      }
    }
    const count = signal(1);
    const view = await mount<Shown>(define(Shown), (v) => (v.count = count));
    view.remove();
    const renders = view.renders;
    count.set(2);
    await view.updateComplete;
    expect(view.renders).to.equal(renders);
    document.body.append(view);
    await view.updateComplete;
    expect(part(view, "out").textContent).to.equal("2");
    count.set(3);
    await view.updateComplete;
    expect(part(view, "out").textContent).to.equal("3");
    view.remove();
  });

  it("updates a property bound to an input's value on input and a checkbox's checked on change", async () => {
    class Form extends ReactiveHTML {
      static override template = '<input id="text" value="${text}"><input id="box" type="checkbox" checked="${on}">';
      static override properties = { text: { type: String }, on: { type: Boolean } };
      declare text: string;
      declare on: boolean;
    }
    const view = await mount<Form>(define(Form), (v) => {
      v.text = "start";
      v.on = false;
    });
    const input = part<HTMLInputElement>(view, "text");
    expect(input.value).to.equal("start");
    input.value = "typed";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    expect(view.text).to.equal("typed");
    part<HTMLInputElement>(view, "box").click();
    expect(view.on).to.equal(true);
    view.text = "from code";
    await view.updateComplete;
    expect(input.value).to.equal("from code");
    view.remove();
  });

  it("writes a two-way value into a signal held by the property", async () => {
    class SignalForm extends ReactiveHTML {
      static override template = '<input id="text" value="${text}">';
      static override properties = { text: { attribute: false } };
      declare text: unknown;
    }
    const text = signal("a");
    const view = await mount<SignalForm>(define(SignalForm), (v) => (v.text = text));
    const input = part<HTMLInputElement>(view, "text");
    input.value = "b";
    input.dispatchEvent(new Event("change"));
    expect(text.get()).to.equal("b");
    view.remove();
  });
});

describe("ReactiveHTML events", () => {
  it("puts domEvents samples into the queue and dispatches them as riv-event", async () => {
    const view = await mount<ImageView>(imageTag);
    const seen: EventSample[] = [];
    view.addEventListener(sampleEventName, (event) => seen.push((event as CustomEvent<EventSample>).detail));
    const box = part(view, "img").getBoundingClientRect();
    part(view, "img").dispatchEvent(new MouseEvent("click", { clientX: box.left + 5, clientY: box.top + 7 }));
    expect(view.queue.size).to.equal(1);
    const sample = view.queue.getNowait();
    expect(sample).to.include({ type: "click", node: "img", x: 5, y: 7, button: 0 });
    expect(seen).to.deep.equal([sample]);
    expect(structuredClone(sample)).to.deep.equal(sample);
    view.remove();
  });

  it("shares one queue between elements", async () => {
    const queue = new AsyncQueue<EventSample>();
    const a = await mount<ImageView>(imageTag, (v) => (v.queue = queue));
    const b = await mount<ImageView>(imageTag, (v) => (v.queue = queue));
    part(a, "img").click();
    part(b, "img").click();
    part(a, "img").click();
    expect(queue.size).to.equal(3);
    a.remove();
    b.remove();
  });

  it("delivers synthetic pointer events to onEvent callbacks with coordinates relative to the node", async () => {
    const view = await mount<ImageView>(imageTag);
    const seen: EventSample[] = [];
    const stop = view.onEvent("img", "pointermove", (sample) => seen.push(sample));
    const box = part(view, "img").getBoundingClientRect();
    part(view, "img").dispatchEvent(pointer("pointermove", box.left + 10, box.top + 20, { pressure: 0.5, buttons: 1 }));
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include({ type: "pointermove", node: "img", x: 10, y: 20, pointerType: "mouse" });
    expect(seen[0]).to.include({ pressure: 0.5, buttons: 1 });
    stop();
    part(view, "img").dispatchEvent(pointer("pointermove", box.left, box.top));
    expect(seen).to.have.length(1);
    view.remove();
  });

  it("delivers every coalesced sample when coalesced is set, and one per event otherwise", async () => {
    const view = await mount<ImageView>(imageTag);
    const all: EventSample[] = [];
    const perEvent: EventSample[] = [];
    view.onEvent("img", "pointermove", (sample) => all.push(sample), { coalesced: true });
    view.onEvent("img", "pointermove", (sample) => perEvent.push(sample));
    const box = part(view, "img").getBoundingClientRect();
    const coalescedEvents = [1, 2, 3].map((i) => pointer("pointermove", box.left + i, box.top + i));
    part(view, "img").dispatchEvent(pointer("pointermove", box.left + 3, box.top + 3, { coalescedEvents }));
    expect(all.map((sample) => sample.x)).to.deep.equal([1, 2, 3]);
    expect(perEvent.map((sample) => sample.x)).to.deep.equal([3]);
    view.remove();
  });

  it("receives trusted pointer moves sent through the browser", async () => {
    const view = await mount<ImageView>(imageTag);
    const seen: EventSample[] = [];
    view.onEvent("img", "pointermove", (sample) => seen.push(sample), { coalesced: true });
    const box = part(view, "img").getBoundingClientRect();
    await sendMouse({ type: "move", position: [Math.round(box.left + 30), Math.round(box.top + 40)] });
    await sendMouse({ type: "move", position: [Math.round(box.left + 50), Math.round(box.top + 60)] });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(seen.length).to.be.greaterThan(0);
    const last = seen.at(-1) as EventSample;
    expect(last.x).to.be.closeTo(50, 1.5);
    expect(last.y).to.be.closeTo(60, 1.5);
    expect(last.t).to.be.greaterThan(0);
    view.remove();
  });

  it("attaches onEvent bindings made before the element is connected once it renders", async () => {
    const view = document.createElement(imageTag) as ImageView;
    const seen: string[] = [];
    view.onEvent("img", "click", (sample) => seen.push(sample.node));
    document.body.append(view);
    await view.updateComplete;
    part(view, "img").click();
    expect(seen).to.deep.equal(["img"]);
    view.remove();
  });

  it("listens in the capture phase when asked, before the node's descendants", async () => {
    class Nested extends ReactiveHTML {
      static override template = '<div id="outer"><span id="inner">x</span></div>';
    }
    const view = await mount<Nested>(define(Nested));
    const order: string[] = [];
    view.onEvent("inner", "click", () => order.push("inner"));
    view.onEvent("outer", "click", () => order.push("outer bubbling"));
    view.onEvent("outer", "click", () => order.push("outer capture"), { capture: true });
    part(view, "inner").click();
    expect(order).to.deep.equal(["outer capture", "inner", "outer bubbling"]);
    view.remove();
  });

  it("calls the method named by an onclick binding with the serialized event", async () => {
    class Clicker extends ReactiveHTML {
      static override template = '<button id="go" onclick="${clicked}">go</button>';
      readonly clicks: EventSample[] = [];
      clicked(sample: EventSample): void {
        this.clicks.push(sample);
      }
    }
    const view = await mount<Clicker>(define(Clicker));
    expect(part(view, "go").hasAttribute("onclick")).to.equal(false);
    part(view, "go").click();
    expect(view.clicks).to.have.length(1);
    expect(view.clicks[0]).to.include({ type: "click", node: "go" });
    view.remove();
  });

  it("keeps bindings when a re-render replaces the node", async () => {
    class Swapper extends ReactiveHTML {
      static override properties = { wide: { type: Boolean } };
      declare wide: boolean;
      override render() {
        return this.wide ? html`<div id="area" class="wide">wide</div>` : html`<p id="area">narrow</p>`;
      }
    }
    const view = await mount<Swapper>(define(Swapper), (v) => (v.wide = false));
    const seen: string[] = [];
    view.onEvent("area", "click", (sample) => seen.push(sample.type));
    const before = part(view, "area");
    view.wide = true;
    await view.updateComplete;
    const after = part(view, "area");
    expect(after).to.not.equal(before);
    after.click();
    before.click();
    expect(seen).to.deep.equal(["click"]);
    view.remove();
  });

  it("keeps bindings across disconnecting and reconnecting", async () => {
    const view = await mount<ImageView>(imageTag);
    const seen: string[] = [];
    view.onEvent("img", "click", (sample) => seen.push(sample.type));
    view.remove();
    part(view, "img").click();
    document.body.append(view);
    part(view, "img").click();
    expect(seen).to.have.length(1);
    expect(view.queue.size).to.equal(1);
    view.remove();
  });

  it("leaves no listener behind after connecting and disconnecting 100 times", async () => {
    const view = await mount<ImageView>(imageTag);
    view.onEvent("img", "pointermove", () => undefined, { coalesced: true });
    view.remove();
    const live: { target: EventTarget; type: string; listener: unknown }[] = [];
    let added = 0;
    const proto = EventTarget.prototype;
    // Wrapped to count the real listeners that connecting adds and disconnecting removes; restored below.
    /* eslint-disable @typescript-eslint/unbound-method */
    const add = proto.addEventListener;
    const remove = proto.removeEventListener;
    /* eslint-enable @typescript-eslint/unbound-method */
    proto.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget["addEventListener"]>) {
      added += 1;
      live.push({ target: this, type: args[0], listener: args[1] });
      add.apply(this, args);
    };
    proto.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget["removeEventListener"]>) {
      const index = live.findIndex((l) => l.target === this && l.type === args[0] && l.listener === args[1]);
      if (index >= 0) live.splice(index, 1);
      remove.apply(this, args);
    };
    try {
      for (let i = 0; i < 100; i += 1) {
        document.body.append(view);
        await view.updateComplete;
        view.remove();
      }
    } finally {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    }
    expect(added, "click from domEvents and pointermove from onEvent, per connection").to.equal(200);
    expect(live).to.deep.equal([]);
  });
});

describe("ReactiveHTML errors", () => {
  function defineError(Class: CustomElementConstructor): string {
    try {
      define(Class);
    } catch (error) {
      expect(error).to.be.instanceOf(TemplateError);
      return (error as Error).message;
    }
    throw new Error("defining the class did not throw");
  }

  it("rejects a template that binds an undeclared property, naming the class, node and known properties", () => {
    class Typo extends ReactiveHTML {
      static override template = '<img id="img" src="${srcc}">';
      static override properties = { src: { type: String } };
    }
    expect(defineError(Typo)).to.equal(
      'Typo.template: <img id="img"> binds "${srcc}", which is not in static properties (known: src); declare it',
    );
  });

  it("rejects a binding on a node without an id", () => {
    class NoId extends ReactiveHTML {
      static override template = '<p>\n  <img src="${src}"></p>';
      static override properties = { src: { type: String } };
    }
    expect(defineError(NoId)).to.equal(
      'NoId.template: <img> (line 2, column 3) binds src but has no id; add id="..." to the node',
    );
  });

  it("rejects a text binding whose element has no id", () => {
    class NoTextId extends ReactiveHTML {
      static override template = "<p>${label}</p>";
      static override properties = { label: { type: String } };
    }
    expect(defineError(NoTextId)).to.equal(
      'NoTextId.template: <p> (line 1, column 1) shows ${label} but has no id; add id="..." to the node',
    );
  });

  it("rejects templates that do not parse", () => {
    class Unclosed extends ReactiveHTML {
      static override template = '<div id="a"><span id="b">x</div>';
    }
    expect(defineError(Unclosed)).to.equal(
      'Unclosed.template: <span id="b"> is closed by </div>; close elements in the order they were opened',
    );
    class NeverClosed extends ReactiveHTML {
      static override template = '<div id="a">';
    }
    expect(defineError(NeverClosed)).to.equal(
      'NeverClosed.template: <div id="a"> is never closed; add its closing tag',
    );
    class OpenBinding extends ReactiveHTML {
      static override template = '<img id="i" src="${src">';
      static override properties = { src: { type: String } };
    }
    expect(defineError(OpenBinding)).to.equal(
      'OpenBinding.template: <img id="i"> in src: the binding "${src" is not closed; end it with }',
    );
    class Expression extends ReactiveHTML {
      static override template = '<p id="p">${a + b}</p>';
    }
    expect(defineError(Expression)).to.equal(
      'Expression.template: <p id="p"> "${a + b}" is not a property name; a binding names one property, e.g. ${src}',
    );
    class NoEnd extends ReactiveHTML {
      static override template = '<img id="i" src="a.png"';
    }
    expect(defineError(NoEnd)).to.equal("NoEnd.template: at (line 1, column 1) opens <img but never ends it with >");
  });

  it("rejects an event attribute that names no method", () => {
    class NoMethod extends ReactiveHTML {
      static override template = '<button id="b" onclick="${missing}">x</button>';
    }
    expect(defineError(NoMethod)).to.equal(
      'NoMethod.template: <button id="b"> binds onclick to "${missing}", which is not a method of NoMethod; add the method',
    );
  });

  it("rejects domEvents for a node the template does not have", () => {
    class WrongNode extends ReactiveHTML {
      static override template = '<img id="img">';
      static override domEvents = { image: ["click"] };
    }
    expect(defineError(WrongNode)).to.equal(
      'WrongNode.domEvents: no template node has id "image" (ids: img); use one of them',
    );
  });

  it("rejects onEvent for an unknown node id, listing the ids that exist", async () => {
    const view = await mount<ImageView>(imageTag);
    expect(() => view.onEvent("image", "click", () => undefined))
      .to.throw(UnknownNodeError)
      .with.property("message", `<${imageTag}>.onEvent: no node has id "image" (ids: img, caption); use one of them`);
    view.remove();
  });
});
