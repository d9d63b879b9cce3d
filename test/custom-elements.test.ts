// Checks custom-elements.json (written by `npm run build`) against the elements rivulet registers in the browser:
// every tag, attribute, property, method, part, CSS property and event the manifest lists is real, and none is missing.
import { expect } from "chai";
import { sendMouse } from "@web/test-runner-commands";

interface ManifestMember {
  readonly kind: "field" | "method";
  readonly name: string;
  readonly static?: boolean;
  readonly privacy?: "public" | "protected" | "private";
}
interface ManifestElement {
  readonly name: string;
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly attributes?: readonly { readonly name: string }[];
  readonly members?: readonly ManifestMember[];
  readonly events?: readonly { readonly name: string }[];
  readonly cssParts?: readonly { readonly name: string }[];
  readonly cssProperties?: readonly { readonly name: string }[];
}
interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly ManifestElement[] }[];
}
type ElementClass = CustomElementConstructor & {
  readonly observedAttributes: string[];
  readonly elementStyles: readonly { readonly cssText: string }[];
};

// Records every tag the library defines on import, before any module of it has run.
const definedTags: string[] = [];
const define = customElements.define.bind(customElements);
customElements.define = (tag, constructor, options) => {
  definedTags.push(tag);
  define(tag, constructor, options);
};
const rivulet = (await import("../index.js")) as unknown as Record<string, unknown>;
customElements.define = define;

const response = await fetch("/custom-elements.json");
if (!response.ok) throw new Error(`custom-elements.json: HTTP ${response.status}; run \`npm run build\` to write it`);
const manifest = (await response.json()) as Manifest;
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((d) => d.customElement && d.tagName); // ReactiveHTML, the base, has no tag
const publicMembers = (element: ManifestElement, kind: ManifestMember["kind"]): string[] =>
  (element.members ?? [])
    .filter((member) => member.kind === kind && !member.static && (member.privacy ?? "public") === "public")
    .map((member) => member.name);

describe("custom-elements.json", () => {
  it("lists exactly the elements rivulet defines, each as the exported class of that name", () => {
    expect(elements.map((element) => element.tagName).sort()).to.deep.equal([...definedTags].sort());
    expect(definedTags).to.include.members(["riv-pad", "riv-plot", "riv-rate"]);
    for (const element of elements) {
      expect(customElements.get(element.tagName ?? ""), element.name).to.equal(rivulet[element.name]);
    }
  });

  for (const tag of ["riv-pad", "riv-plot", "riv-rate"]) {
    describe(`<${tag}>`, () => {
      const element = (): ManifestElement => elements.find((candidate) => candidate.tagName === tag)!;
      const elementClass = (): ElementClass => customElements.get(tag) as ElementClass;
      let mounted: HTMLElement & { updateComplete?: Promise<unknown> };
      beforeEach(async () => {
        mounted = document.createElement(tag);
        document.body.append(mounted);
        await mounted.updateComplete;
      });
      afterEach(() => mounted.remove());

      it("lists the attributes the element observes, no more and no fewer", () => {
        const listed = (element().attributes ?? []).map((attribute) => attribute.name);
        expect(listed.sort()).to.deep.equal([...elementClass().observedAttributes].sort());
      });

      it("lists properties and methods the element has", () => {
        for (const field of publicMembers(element(), "field")) expect(field in mounted, field).to.equal(true);
        for (const method of publicMembers(element(), "method")) {
          expect(typeof (mounted as unknown as Record<string, unknown>)[method], method).to.equal("function");
        }
        expect(publicMembers(element(), "field")).to.include("queue");
        expect(publicMembers(element(), "method")).to.include("onEvent");
      });

      it("lists the parts its shadow root renders and the CSS properties its styles read", () => {
        const parts = [...(mounted.shadowRoot?.querySelectorAll("[part]") ?? [])].flatMap((node) =>
          (node.getAttribute("part") ?? "").split(/\s+/),
        );
        expect((element().cssParts ?? []).map((part) => part.name).sort()).to.deep.equal(parts.sort());
        const css = elementClass()
          .elementStyles.map((style) => style.cssText)
          .join("\n");
        const read = [...css.matchAll(/var\((--[\w-]+)/g)].map((match) => match[1]);
        const listed = (element().cssProperties ?? []).map((property) => property.name);
        expect(listed.sort()).to.deep.equal([...new Set(read)].sort());
      });
    });
  }

  it("lists riv-event for <riv-pad>, which a real pointer press fires", async () => {
    const pad = document.createElement("riv-pad");
    document.body.append(pad);
    await pad.updateComplete;
    const fired = new Promise<string>((resolve) =>
      pad.addEventListener("riv-event", (event) => resolve((event as CustomEvent<{ type: string }>).detail.type), {
        once: true,
      }),
    );
    const box = pad.getBoundingClientRect();
    await sendMouse({ type: "move", position: [Math.round(box.left + 20), Math.round(box.top + 20)] });
    await sendMouse({ type: "down" });
    await sendMouse({ type: "up" });
    const listed = elements.find((candidate) => candidate.tagName === "riv-pad")?.events?.map((event) => event.name);
    expect(listed).to.deep.equal(["riv-event"]);
    expect(["pointermove", "pointerdown"]).to.include(await fired);
    pad.remove();
  });
});
