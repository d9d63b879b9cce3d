// The slideshow port driven like a person would: trusted clicks on the image show the next slide, and wrap.
import { expect } from "chai";
import { executeServerCommand, resetMouse, sendMouse } from "@web/test-runner-commands";
import { Slideshow, slideCount } from "./slideshow.js";

async function clickCentre(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: "click",
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
}

function loaded(img: HTMLImageElement): Promise<void> {
  return img.complete && img.naturalWidth > 0 ? Promise.resolve() : img.decode();
}

describe("Panel port: slideshow", () => {
  afterEach(() => resetMouse());

  it("shows the next slide on each click, wrapping to the first", async () => {
    const show = new Slideshow();
    document.body.append(show);
    await show.updateComplete;
    const img = show.shadowRoot?.getElementById("slideshow") as HTMLImageElement;
    const caption = show.shadowRoot?.getElementById("caption") as HTMLElement;
    await loaded(img);
    expect(img.getAttribute("src")).to.equal("/test/components/panel-ports/slides/slide-0.svg");
    const seen: string[] = [];
    for (let i = 0; i < slideCount; i += 1) {
      await clickCentre(img);
      await show.updateComplete;
      await loaded(img);
      seen.push(`${img.getAttribute("src")?.split("/").at(-1) ?? ""} | ${caption.textContent}`);
      if (i === 0) await executeServerCommand("save-screenshot", { name: "panel-port-slideshow.png" });
    }
    expect(seen).to.deep.equal([
      "slide-1.svg | Slide 2 of 3: click the image for the next",
      "slide-2.svg | Slide 3 of 3: click the image for the next",
      "slide-0.svg | Slide 1 of 3: click the image for the next",
    ]);
    expect(img.naturalWidth, "the slide image loaded").to.equal(800);
    show.remove();
  });
});
