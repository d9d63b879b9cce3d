// dist/rivulet-widget.js in the real Jupyter widget front end (HTMLManager and anywidget, dist/jupyter-host.js) with
// stand-in comms: trusted pointer moves reach the kernel as per-frame custom messages, kernel updates reach the
// element, a person's edit in the element reaches the kernel, and removing the view leaves nothing behind.
import { countPending } from "../harness/lifecycle.js";
import { expect } from "chai";
import { nextFrame, until } from "./frames.js";
import { executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from "@web/test-runner-commands";
import { defineComponent } from "../../components/define-component.js";
import { openWidget, type OpenedWidget } from "./stand-in-kernel.js";

interface EventsMessage {
  kind: string;
  count: number;
  dropped: number;
  columns: Record<string, unknown[]>;
}

/** The element the widget mounted, once anywidget has rendered it at `height` px. */
async function shownElement(tag: string, container: HTMLElement, height?: number): Promise<HTMLElement> {
  const element = () => container.querySelector<HTMLElement>(tag);
  await until(
    () => `<${tag}> is shown${height === undefined ? "" : ` ${height} px high`}`,
    () => element() !== null && (height === undefined || element()!.getBoundingClientRect().height === height),
  );
  return element()!;
}

const eventMessages = (widget: OpenedWidget) =>
  widget.comm
    .customMessages()
    .filter((message) => (message as EventsMessage).kind === "rivulet-events") as EventsMessage[];

defineComponent({
  tag: "widget-name-field",
  template: '<input id="name" value="${name}">',
  properties: { name: { type: String } },
  defaults: { name: "" },
});

describe("the rivulet anywidget module in Jupyter's widget manager", function () {
  this.timeout(120_000);
  let container: HTMLElement;
  let widget: OpenedWidget | undefined;

  beforeEach(async () => {
    await setViewport({ width: 800, height: 600 });
    container = Object.assign(document.createElement("div"), { style: "width: 500px; margin: 0" });
    document.body.prepend(container);
  });

  afterEach(async () => {
    widget?.view.remove();
    widget = undefined;
    container.remove();
    await resetMouse();
  });

  it("sends trusted pointer moves over a <riv-pad> as one custom message per animation frame", async () => {
    widget = await openWidget({ tag: "riv-pad", props: { height: 200 }, html_attributes: { id: "pad" } }, container);
    const pad = await shownElement("riv-pad", container, 200);
    const box = pad.getBoundingClientRect();
    let samples = 0;
    let frames = 0;
    pad.addEventListener("riv-event", () => (samples += 1));
    let counting = true;
    const countFrames = () => {
      frames += 1;
      if (counting) requestAnimationFrame(countFrames);
    };
    requestAnimationFrame(countFrames);
    for (let i = 0; i < 20; i += 1) {
      await sendMouse({ type: "move", position: [Math.round(box.left + 20 + i * 20), Math.round(box.top + 100)] });
    }
    const sent = () => eventMessages(widget!).reduce((total, message) => total + message.count, 0);
    await until(
      () => `every sample is sent (${sent()} of ${samples})`,
      () => samples >= 20 && sent() === samples,
    );
    counting = false;
    await executeServerCommand("save-screenshot", { name: "jupyter-widget-riv-pad.png" });
    const messages = eventMessages(widget);
    expect(messages.length, "messages, at most one per frame").to.be.within(1, frames);
    for (const message of messages) {
      expect(message.dropped).to.equal(0);
      for (const column of Object.values(message.columns)) expect(column).to.have.length(message.count);
    }
    const xs = messages.flatMap((message) => message.columns.x as number[]);
    const last = messages.at(-1)!;
    expect(last.columns.type?.at(-1)).to.equal("pointermove");
    expect(xs.at(-1)).to.be.closeTo(20 + 19 * 20, 1);
    expect(last.columns.y?.at(-1)).to.be.closeTo(100, 1);
  });

  it("shows each property change the kernel sends, one after another", async () => {
    widget = await openWidget({ tag: "riv-pad", props: { height: 200 }, html_attributes: {} }, container);
    const pad = await shownElement("riv-pad", container, 200);
    widget.comm.update({ props: { height: 120 } });
    await until(
      () => `the pad is 120 px high (now ${pad.getBoundingClientRect().height})`,
      () => pad.getBoundingClientRect().height === 120,
    );
    widget.comm.update({ props: { height: 90 }, html_attributes: { title: "from Python" } });
    await until(
      () => `the pad is 90 px high (now ${pad.getBoundingClientRect().height})`,
      () => pad.getBoundingClientRect().height === 90,
    );
    expect(pad.getAttribute("title")).to.equal("from Python");
  });

  it("sends every edit a person makes in the element back to the kernel as a state update", async () => {
    widget = await openWidget({ tag: "widget-name-field", props: { name: "Ada" }, html_attributes: {} }, container);
    const field = await shownElement("widget-name-field", container);
    const input = () => field.shadowRoot?.querySelector("input") ?? null;
    await until(
      () => "the field shows Ada",
      () => input()?.value === "Ada",
    );
    input()!.focus();
    await sendKeys({ type: " L" });
    const names = () => widget!.comm.updates().map((state) => (state.props as { name?: string } | undefined)?.name);
    await until(
      () => `the kernel got "Ada L" (updates: ${JSON.stringify(names())})`,
      () => names().includes("Ada L"),
    );
    // The second keystroke's update got through too: the idle answers keep ipywidgets' throttle open.
    expect(names()).to.include("Ada ");
    expect(widget.model.get("props")).to.deep.equal({ name: "Ada L" });
  });

  it("removes the element, its listeners and its frame request when the view is removed", async () => {
    widget = await openWidget({ tag: "riv-pad", props: { height: 200 }, html_attributes: {} }, container);
    const pad = await shownElement("riv-pad", container, 200);
    const framesBefore = countPending().animationFrames;
    const box = pad.getBoundingClientRect();
    await sendMouse({ type: "move", position: [Math.round(box.left + 50), Math.round(box.top + 50)] });
    await sendMouse({ type: "move", position: [Math.round(box.left + 60), Math.round(box.top + 50)] });
    widget.view.remove();
    await until(
      () => "the pad is gone",
      () => !pad.isConnected,
    );
    const sentBefore = eventMessages(widget).length;
    pad.dispatchEvent(new CustomEvent("riv-event", { detail: { type: "late" } }));
    await nextFrame();
    await nextFrame();
    expect(eventMessages(widget).length, "messages after removal").to.equal(sentBefore);
    expect(countPending().animationFrames, "animation frames still requested").to.be.at.most(framesBefore);
    widget = undefined;
  });
});
