// Tests of render-function components (Panel's JSComponent, anywidget's module format) made by defineComponent:
// the model over the element's properties, the hooks' lifecycle, messages, and domEvents on rendered nodes.
import { expect } from "chai";
import { signal } from "@lit-labs/signals";
import { sendMouse } from "@web/test-runner-commands";
import { defineComponent } from "../../components/define-component.js";
import { messageEventName } from "../../components/render-component.js";
import { ModelEventError, type WidgetMessage } from "../../components/widget-model.js";

let count = 0;
const nextTag = (): string => `render-test-${(count += 1)}`;

async function clickCenter(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: "click", position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe("render-function components", () => {
  it("renders into el with a model over the properties, Panel style and anywidget style", async () => {
    const changes: unknown[] = [];
    const Counter = defineComponent({
      tag: nextTag(),
      properties: { count: { type: Number }, label: { type: String } },
      defaults: { count: 0, label: "clicks" },
      render({ model, el }) {
        const button = document.createElement("button");
        button.id = "button";
        const show = (): void => void (button.textContent = `${model.label}: ${model.get("count")}`);
        show();
        button.addEventListener("click", () => (model.count += 1));
        model.on(["count", "change:label"], show);
        model.on("change:count", (_model: unknown, value: number) => changes.push(value));
        el.append(button);
      },
    });
    const counter = new Counter();
    document.body.append(counter);
    await counter.updateComplete;
    const button = counter.shadowRoot?.getElementById("button") as HTMLButtonElement;
    expect(button.textContent).to.equal("clicks: 0");
    await clickCenter(button);
    expect([counter.count, button.textContent]).to.deep.equal([1, "clicks: 1"]);
    counter.count = 5; // a change from outside reaches change: listeners when the element updates
    counter.label = "presses";
    await counter.updateComplete;
    expect(button.textContent).to.equal("presses: 5");
    expect(changes).to.deep.equal([1, 5]);
    counter.remove();
  });

  it("appends a node render returns, and runs the cleanup it returns on removal, every time", async () => {
    const log: string[] = [];
    const Hooks = defineComponent({
      tag: nextTag(),
      properties: { n: { type: Number } },
      initialize({ model }) {
        log.push("initialize");
        model.on("change:n", () => log.push("initialize saw n"));
        return () => log.push("initialize cleanup");
      },
      render({ model, el }) {
        log.push("render");
        model.on("change:n", () => log.push("render saw n"));
        el.append(Object.assign(document.createElement("p"), { id: "p", textContent: "drawn" }));
        return () => log.push("render cleanup");
      },
    });
    const element = new Hooks();
    document.body.append(element);
    await element.updateComplete;
    element.n = 1;
    await element.updateComplete;
    element.remove();
    expect(element.el.childNodes.length, "el is emptied on removal").to.equal(0);
    element.n = 2; // nobody listens any more
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot?.querySelectorAll("#p").length, "rendered once again, not twice").to.equal(1);
    element.remove();
    expect(log).to.deep.equal([
      "initialize",
      "render",
      "initialize saw n",
      "render saw n",
      "render cleanup",
      "initialize cleanup",
      "initialize",
      "render",
      "render cleanup",
      "initialize cleanup",
    ]);

    const Returned = defineComponent({
      tag: nextTag(),
      render: () => Object.assign(document.createElement("span"), { id: "span", textContent: "returned" }),
    });
    const returned = new Returned();
    document.body.append(returned);
    await returned.updateComplete;
    expect(returned.shadowRoot?.getElementById("span")?.textContent).to.equal("returned");
    returned.remove();
  });

  it("waits for an async initialize before render, and cleans up a render that finished after removal", async () => {
    const log: string[] = [];
    let finishInitialize = (): void => undefined;
    const initialized = new Promise<void>((resolve) => (finishInitialize = resolve));
    let finishRender = (_cleanup: () => void): void => undefined;
    const rendered = new Promise<() => void>((resolve) => (finishRender = resolve));
    const Slow = defineComponent({
      tag: nextTag(),
      initialize: () => initialized,
      render: ({ el }) => {
        log.push("render");
        el.textContent = "late";
        return rendered;
      },
    });
    const element = new Slow();
    document.body.append(element);
    await element.updateComplete;
    expect(log, "render waits for initialize").to.deep.equal([]);
    finishInitialize();
    await initialized; // resumes after the component's own reaction to it
    expect([log, element.el.textContent]).to.deep.equal([["render"], "late"]);
    element.remove(); // before render's promise settles
    finishRender(() => log.push("cleanup"));
    await rendered;
    expect(log).to.deep.equal(["render", "cleanup"]);
  });

  it("follows a signal held by a property: model.get reads it, model.set writes it, change: fires", async () => {
    const seen: unknown[] = [];
    const Follower = defineComponent({
      tag: nextTag(),
      properties: { level: { attribute: false } },
      render({ model }) {
        model.on("change:level", (_model: unknown, value: unknown) => seen.push(value));
        model.on("msg:custom", (content: unknown) => model.set("level", content));
      },
    });
    const level = signal(1);
    const element = Object.assign(new Follower(), { level });
    document.body.append(element);
    await element.updateComplete;
    level.set(2);
    await element.updateComplete;
    element.send(3); // the page talks to the render function: msg:custom, which sets the signal
    await element.updateComplete;
    expect([seen, level.get()]).to.deep.equal([[2, 3], 3]);
    element.remove();
  });

  it("puts model.send into the messages queue and dispatches riv-message", async () => {
    const Sender = defineComponent({
      tag: nextTag(),
      render({ model }) {
        model.send({ hello: "page" }, undefined, [new Uint8Array([1, 2])]);
      },
    });
    const element = new Sender();
    const events: WidgetMessage[] = [];
    element.addEventListener(messageEventName, (event) => events.push((event as CustomEvent<WidgetMessage>).detail));
    document.body.append(element);
    await element.updateComplete;
    const message = element.messages.getNowait();
    expect(message.content).to.deep.equal({ hello: "page" });
    expect([...(message.buffers[0] as Uint8Array)]).to.deep.equal([1, 2]);
    expect(events).to.deep.equal([message]);
    element.remove();
  });

  it("serializes domEvents and onEvent samples of nodes the render function made", async () => {
    const Pad = defineComponent({
      tag: nextTag(),
      domEvents: { pad: ["click"] },
      render({ el }) {
        const pad = Object.assign(document.createElement("div"), { id: "pad" });
        pad.style.cssText = "width: 100px; height: 40px; background: #ddd";
        el.append(pad);
      },
    });
    const element = new Pad();
    document.body.append(element);
    await element.updateComplete;
    const moves: string[] = [];
    const stop = element.onEvent("pad", "pointermove", (sample) => moves.push(sample.node));
    await clickCenter(element.shadowRoot?.getElementById("pad") as HTMLElement);
    const sample = element.queue.getNowait();
    expect([sample.type, sample.node, sample.x, sample.y]).to.deep.equal(["click", "pad", 50, 20]);
    expect(moves[0]).to.equal("pad");
    stop();
    element.remove();
  });

  it("names the component, the call and the fix when a hook uses a name the model does not have", async () => {
    const errors: unknown[] = [];
    const tag = nextTag();
    const Wrong = defineComponent({
      tag,
      properties: { value: { type: Number } },
      render({ model }) {
        try {
          model.on("changed:value" as "change", () => undefined);
        } catch (error) {
          errors.push(error);
        }
        try {
          model.get("valu" as "value");
        } catch (error) {
          errors.push(error);
        }
      },
    });
    const element = new Wrong();
    document.body.append(element);
    await element.updateComplete;
    element.remove();
    expect(errors[0]).to.be.instanceOf(ModelEventError);
    expect(errors.map((error) => (error as Error).message)).to.deep.equal([
      `<${tag}>: model.on("changed:value") is no model event; use "change:<property>" (properties: value), ` +
        `"change" or "msg:custom"`,
      `<${tag}>: model.get("valu") names no declared property (known: value); declare it`,
    ]);
  });
});
