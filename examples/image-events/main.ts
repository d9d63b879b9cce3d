// The seed's image example in rivulet: a component written with a Panel-style string template, its pointer
// moves put into a queue with onEvent, and a stream counting them per second.
import { css } from "lit";
// rivulet/components and rivulet/stream, not "rivulet": a page without a plot does not load BokehJS.
import { ReactiveHTML, type EventSample } from "rivulet/components";
import { AsyncQueue, fromQueue } from "rivulet/stream";

/** Panel's `Image(ReactiveHTML)` from the seed: one bound property, `src`. */
class ImageView extends ReactiveHTML {
  static override template = '<img id="img" src="${src}">';
  static override properties = { src: { type: String } };
  static override styles = css`
    :host {
      display: inline-block;
    }
    img {
      display: block;
      width: 500px;
      height: 400px;
      max-width: 100%;
      object-fit: contain;
    }
  `;
  declare src: string;
}
customElements.define("image-view", ImageView);

const image = document.querySelector<ImageView>("image-view");
const rate = document.querySelector("riv-rate");
const where = document.querySelector("#where");
if (!image || !rate || !where) throw new Error("image-events: the page needs <image-view>, <riv-rate> and #where");

// The seed's `img.on_event('img', 'mousemove', q.put)`: every move over the image, serialized, into a queue.
const q = new AsyncQueue<EventSample>();
image.onEvent("img", "pointermove", q.put);

// The seed's `from_q(q).timed_window(1).map(len).sink(print)`, shown on the page instead of printed.
const samples = fromQueue(q);
samples
  .timedWindow(1000)
  .map((batch) => batch.length)
  .sink(rate.sink());
samples.sink((sample) => {
  where.textContent = `x ${sample.x.toFixed(0)}, y ${sample.y.toFixed(0)}`;
});
