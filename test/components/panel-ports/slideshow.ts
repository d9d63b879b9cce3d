// Panel's documented ReactiveHTML "Slideshow" ported to rivulet: an image whose src follows `index`, and a click
// on it that shows the next slide. Panel's Python callback (`onclick="${_img_click}"`) is a method here.
import { css } from "lit";
import { ReactiveHTML } from "../../../components/reactive-html.js";
import { defineOnce } from "../../../components/define-once.js";

/** The slides this port shows: local SVGs instead of Panel's picsum.photos, so the test needs no network. */
export const slideCount = 3;

/** `<riv-slideshow index="0">`: click the image for the next slide; `index` wraps around. */
export class Slideshow extends ReactiveHTML {
  static override template =
    '<figure id="frame"><img id="slideshow" src="/test/components/panel-ports/slides/slide-${index}.svg" ' +
    'alt="slide ${index}" onclick="${next}"></img><figcaption id="caption">${caption}</figcaption></figure>';
  static override properties = { index: { type: Number }, caption: { state: true } };
  static override styles = css`
    :host {
      display: inline-block;
    }
    figure {
      margin: 0;
      font:
        14px system-ui,
        sans-serif;
      color: #333;
    }
    img {
      display: block;
      width: 400px;
      height: 150px;
      cursor: pointer;
      border-radius: 4px;
    }
    figcaption {
      margin-top: 6px;
      text-align: center;
    }
  `;
  declare index: number;
  declare caption: string;

  constructor() {
    super();
    this.index = 0;
    this.caption = "";
  }

  /** Panel's `_img_click`: the next slide. */
  next(): void {
    this.index = (this.index + 1) % slideCount;
  }

  protected override willUpdate(): void {
    this.caption = `Slide ${this.index + 1} of ${slideCount}: click the image for the next`;
  }
}
defineOnce("riv-slideshow", Slideshow);
