// Type tests of defineComponent, compiled by tsc in `npm run lint`: each `@ts-expect-error` line must be an error.
// They also run in Chromium, so the classes they define are real.
import { expect } from "chai";
import { defineComponent } from "../../components/define-component.js";
import { property } from "../../components/component-types.js";
import type { RivPad } from "../../components/riv-pad.js";
import type { RivPlot } from "../../components/riv-plot.js";
import type { RivRate } from "../../components/riv-rate.js";

describe("defineComponent types", () => {
  it("types element properties from the properties declaration", () => {
    const ImageView = defineComponent({
      tag: "types-test-image",
      template: '<img id="img" src="${src}"><p id="caption">${caption}</p>',
      properties: { src: { type: String }, zoom: { type: Number }, caption: {}, big: { type: Boolean } },
      domEvents: { img: ["click"], caption: ["pointermove"] },
    });
    const view = new ImageView();
    const src: string = view.src;
    const zoom: number = view.zoom;
    const big: boolean = view.big;
    const caption: unknown = view.caption;
    // @ts-expect-error src is a string
    view.src = 3;
    // @ts-expect-error no such property
    view.nothing = 1;
    expect([src, zoom, big, caption]).to.deep.equal([undefined, undefined, undefined, undefined]);
  });

  it("checks domEvents keys against the ids of a literal template", () => {
    expect(() =>
      defineComponent({
        tag: "types-test-ids",
        template: '<img id="img">',
        // @ts-expect-error "image" is no id of the template
        domEvents: { image: ["click"] },
      }),
    ).to.throw('no template node has id "image"');
  });

  it("types the model of a render function, and takes property<T>() for other types", () => {
    const Points = defineComponent({
      tag: "types-test-points",
      properties: { points: property<[number, number][]>({ attribute: false }), label: { type: String } },
      render({ model, el }) {
        const points: [number, number][] = model.get("points");
        const label: string = model.label;
        // @ts-expect-error label is a string
        model.set("label", 1);
        // @ts-expect-error no such property
        model.get("missing");
        // @ts-expect-error no such event
        model.on("change:missing", () => undefined);
        el.textContent = `${label}: ${points.length}`;
      },
    });
    const element = new Points();
    element.points = [[1, 2]];
    // @ts-expect-error points are pairs of numbers
    element.points = [1, 2];
    expect(element.points).to.deep.equal([1, 2]);
  });

  it("takes the property types given explicitly", () => {
    const Explicit = defineComponent<{ src: string; size: number }>({
      tag: "types-test-explicit",
      properties: { src: { type: String }, size: { type: Number } },
      render({ model, el }) {
        const size: number = model.get("size");
        el.textContent = String(size);
      },
    });
    const element = new Explicit();
    // @ts-expect-error size is a number
    element.size = "big";
    expect(element.size).to.equal("big");
  });

  it("maps every rivulet tag to its element class", () => {
    // Not upgraded here (their modules are not loaded): this is about the types createElement returns.
    const plot: RivPlot = document.createElement("riv-plot");
    const rate: RivRate = document.createElement("riv-rate");
    const pad: RivPad = document.createElement("riv-pad");
    // @ts-expect-error a <riv-rate> is no <riv-plot>
    const wrong: RivPlot = document.createElement("riv-rate");
    expect([plot, rate, pad, wrong].map((element) => element.localName)).to.deep.equal([
      "riv-plot",
      "riv-rate",
      "riv-pad",
      "riv-rate",
    ]);
  });

  it("types querySelector of every rivulet tag as its element class", () => {
    const host = document.createElement("div");
    host.append(
      document.createElement("riv-plot"),
      document.createElement("riv-rate"),
      document.createElement("riv-pad"),
    );
    const plot: RivPlot | null = host.querySelector("riv-plot");
    const rate: RivRate | null = host.querySelector("riv-rate");
    const pad: RivPad | null = host.querySelector("riv-pad");
    // @ts-expect-error a <riv-pad> is no <riv-rate>
    const wrong: RivRate | null = host.querySelector("riv-pad");
    const pads: NodeListOf<RivPad> = host.querySelectorAll("riv-pad");
    expect([plot, rate, pad, wrong].map((element) => element?.localName)).to.deep.equal([
      "riv-plot",
      "riv-rate",
      "riv-pad",
      "riv-pad",
    ]);
    expect(pads.length).to.equal(1);
  });
});
