// Drives examples/online-learning with trusted pointer moves in two clusters and checks that the learnt centroids
// converge near them, are drawn, and that the speed and direction readouts follow the pointer.
import { expect } from "chai";
import { executeServerCommand } from "@web/test-runner-commands";
import type { RivPlot } from "../../components/riv-plot.js";
import { exampleHooks, loadExample, near, pixels, plotMover, plotShown, required, until } from "./example-page.js";

/** Points jittered around (cx, cy) on a small circle, as a person lingering in one place moves. */
const cluster = (cx: number, cy: number, count: number) =>
  Array.from({ length: count }, (_, i) => [cx + 4 * Math.cos(i * 2.4), cy + 4 * Math.sin(i * 2.4)] as const);

describe("examples/online-learning", function () {
  const current = exampleHooks(this);

  it("learns centroids near two clusters of trusted moves and shows the pointer's speed and direction", async () => {
    const example = (current.example = await loadExample("online-learning"));
    const plot = required<RivPlot>(example, "riv-plot#learner");
    const speed = required<HTMLOutputElement>(example, "output#speed");
    const heading = required<HTMLOutputElement>(example, "output#heading");
    await plotShown(plot);
    const mover = plotMover(example, plot);
    const move = (x: number, y: number) => mover.move(x, y);
    const clusters = [
      [25, 30],
      [75, 70],
    ] as const;
    for (const [cx, cy] of [...clusters, ...clusters]) for (const [x, y] of cluster(cx, cy, 25)) await move(x, y);

    // The trail and the centroids are drawn in the same frame: once every move is on the trail, the centroids are
    // those learnt from all of them.
    const trail = plot.layer("trail").source;
    await until("every move is on the trail", () => trail.length >= mover.delivered);
    const centroids = plot.layer("centroids").source;
    expect(centroids.length, "centroids drawn").to.equal(3);
    const xs = Array.from(centroids.get<number>("x"));
    const ys = Array.from(centroids.get<number>("y"));
    for (const [cx, cy] of clusters) {
      const distance = Math.min(...xs.map((x, i) => Math.hypot(x - cx, (ys[i] as number) - cy)));
      const learnt = xs.map((x, i) => `(${x.toFixed(1)}, ${(ys[i] as number).toFixed(1)})`).join(" ");
      expect(distance, `nearest centroid to the cluster at (${cx}, ${cy}); learnt ${learnt}`).to.be.lessThan(6);
    }
    // A straight run to the right: the heading reads about 0°. The run is long (60 moves) so that the smoothed
    // velocity has forgotten the jump from the last cluster to the run's start, whatever the moves' pace.
    for (let i = 0; i < 60; i += 1) await move(6 + i * 1.5, 50);
    mover.stop();
    await until("the heading shows a direction", () => heading.value !== "—");
    expect(Number.parseFloat(heading.value), "heading of a run to the right, in degrees").to.be.closeTo(0, 15);
    expect(Number.parseFloat(speed.value), "speed").to.be.greaterThan(0);

    await until("the centroids are painted red", () => pixels(plot, near("#e11d48")) > 100);
    await executeServerCommand("save-screenshot", { name: "example-online-learning.png" });
    expect(example.errors()).to.deep.equal([]);
  });
});
