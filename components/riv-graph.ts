// <riv-graph>: the live graph of a running stream pipeline, a box per node with its call, event count, rate and
// queue fill, laid out by dagre and redrawn once per frame; it counts nothing while it is not connected and shown.
import { LitElement, css, html, nothing, svg } from "lit";
import type { AnyStream } from "../stream/stream.js";
import type { NodeCounts } from "../stream/node-counts.js";
import { graphNodes, nodeLabel } from "../stream/graph-mermaid.js";
import type { FromQueue } from "../stream/sources/from-queue.js";
import { defineOnce } from "./define-once.js";
import { FrameRequest } from "./frame-request.js";
import { layoutGraph, type GraphLayout } from "./graph-layout.js";

/** One node being watched: its counters and what the last frames read from them. */
interface WatchedNode {
  readonly node: AnyStream;
  readonly label: string;
  readonly counts: NodeCounts;
  /** Frame times (ms) and totals of the last second, oldest first, for the rate. */
  readonly times: number[];
  readonly totals: number[];
  total: number;
  rate: number;
  fill: number | undefined;
}

const rateWindowMs = 1000;
const labelCharWidth = 7.4; // 12px monospace
const boxPadding = 14;
const boxMinWidth = 150;
const boxHeight = 50;
const queueBoxHeight = 66;
const queueLabelWidth = 66; // room right of the fill bar for "queue 100 %"
const numbers = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });

/**
 * Draws the live graph of the running pipeline that `pipeline` belongs to: a box per node named by the call that
 * made it (`filter(isMove)`), with how many events it has had (what a source emitted, what any other node
 * received), its rate over the last second and, for a `fromQueue` source, how full its queue is. The layout
 * comes from dagre; the drawing is redrawn at most once per animation frame. Nodes count only while the element
 * is connected and shown: hidden (its box has no size) or removed, it detaches its counters and asks for no frames.
 *
 * @example
 * <riv-graph id="graph"></riv-graph>
 * const pointer = fromQueue(samples, { name: "pointer" });
 * pointer.filter(isMove).sink(draw);
 * document.querySelector("riv-graph").pipeline = pointer;
 *
 * @csspart graph - the SVG drawing of the graph
 * @csspart empty - the note shown while no pipeline is set
 * @cssprop [--riv-graph-accent=#1f77b4] - the colour of node borders, counts and queue fill
 * @cssprop [--riv-graph-edge=#9ca3af] - the colour of the arrows
 */
export class RivGraph extends LitElement {
  static override styles = css`
    :host([hidden]) {
      display: none;
    }
    :host {
      display: block;
      min-height: 1px;
      color: #1f2937;
      font-family: system-ui, sans-serif;
    }
    svg {
      display: block;
      max-width: 100%;
      height: auto;
      overflow: visible;
    }
    .edge {
      fill: none;
      stroke: var(--riv-graph-edge, #9ca3af);
      stroke-width: 1.5px;
      stroke-linejoin: round;
    }
    .arrow {
      fill: var(--riv-graph-edge, #9ca3af);
    }
    .box {
      fill: #fff;
      stroke: color-mix(in srgb, var(--riv-graph-accent, #1f77b4) 45%, #e5e7eb);
      stroke-width: 1.25px;
    }
    .label {
      font:
        600 12px ui-monospace,
        SFMono-Regular,
        Menlo,
        Consolas,
        monospace;
      fill: #1f2937;
    }
    .stats {
      font-size: 11.5px;
      fill: #4b5563;
      font-variant-numeric: tabular-nums;
    }
    .count {
      font-weight: 600;
      fill: var(--riv-graph-accent, #1f77b4);
    }
    .queue {
      font-size: 10.5px;
      text-anchor: end;
    }
    .fill-track {
      fill: #e5e7eb;
    }
    .fill {
      fill: var(--riv-graph-accent, #1f77b4);
    }
    [part="empty"] {
      margin: 0;
      color: #6b7280;
      font-style: italic;
    }
  `;

  private root: AnyStream | undefined;
  private watched: WatchedNode[] = [];
  private layout: GraphLayout | undefined;
  private attached = false;
  private shown = false;
  private visibility: ResizeObserver | undefined;
  private readonly frames = new FrameRequest(() => this.onFrame());

  /** A node of the pipeline to draw (usually its source); the whole graph it belongs to is shown. */
  get pipeline(): AnyStream | undefined {
    return this.root;
  }
  set pipeline(root: AnyStream | undefined) {
    this.detach();
    this.root = root;
    this.watched = root === undefined ? [] : graphNodes(root).map(watchNode);
    this.layout = root === undefined ? undefined : layoutWatched(this.watched);
    if (this.shown) this.attach();
    this.requestUpdate();
  }

  /** Whether the nodes are counting for this element: while it is connected, on screen and has a pipeline. */
  get watching(): boolean {
    return this.attached;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A box of size zero is not shown (`hidden`, `display: none` here or above); the observer says when that changes.
    this.visibility = new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentRect;
      this.setShown(box !== undefined && (box.width > 0 || box.height > 0));
    });
    this.visibility.observe(this);
  }

  override disconnectedCallback(): void {
    this.visibility?.disconnect();
    this.visibility = undefined;
    this.setShown(false);
    super.disconnectedCallback();
  }

  private setShown(shown: boolean): void {
    this.shown = shown;
    if (shown) this.attach();
    else this.detach();
  }

  private attach(): void {
    if (this.attached || this.watched.length === 0) return;
    this.attached = true;
    const now = performance.now();
    for (const watched of this.watched) {
      watched.node.observe(watched.counts);
      // The rate's first reading: what the counters hold now, so events before the first frame count too.
      watched.times.splice(0, Infinity, now);
      watched.totals.splice(0, Infinity, currentTotal(watched));
    }
    this.frames.start();
    this.frames.request();
  }

  private detach(): void {
    if (!this.attached) return;
    this.attached = false;
    this.frames.stop();
    for (const watched of this.watched) watched.node.observe(undefined);
  }

  private onFrame(): void {
    const now = performance.now();
    let changed = false;
    for (const watched of this.watched) changed = readCounts(watched, now) || changed;
    if (changed) this.requestUpdate();
    this.frames.request();
  }

  protected override render(): unknown {
    const layout = this.layout;
    if (layout === undefined) return html`<p part="empty">No pipeline to show yet.</p>`;
    return html`<svg
      part="graph"
      role="img"
      aria-label="stream pipeline"
      width=${layout.width}
      height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}"
    >
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path class="arrow" d="M0,0 L10,5 L0,10 z"></path>
        </marker>
      </defs>
      ${layout.edges.map((path) => svg`<path class="edge" d=${path} marker-end="url(#arrow)"></path>`)}
      ${this.watched.map((watched, i) => nodeBox(watched, layout.boxes[i]))}
    </svg>`;
  }
}

function watchNode(node: AnyStream): WatchedNode {
  const counts = { received: 0, emitted: 0 };
  return { node, label: nodeLabel(node), counts, times: [], totals: [], total: 0, rate: 0, fill: queueFill(node) };
}

/** How full a `fromQueue` source's queue is, from 0 to 1; `undefined` for any other node. */
function queueFill(node: AnyStream): number | undefined {
  // Read by shape, not `instanceof`: importing the class would put every source into the components bundle.
  const { queue } = node as Partial<FromQueue<unknown>>;
  return typeof queue?.capacity === "number" ? queue.size / queue.capacity : undefined;
}

function layoutWatched(watched: readonly WatchedNode[]): GraphLayout {
  const index = new Map(watched.map((entry, i) => [entry.node, i]));
  const edges: [number, number][] = [];
  watched.forEach((entry, from) => {
    for (const downstream of entry.node.downstreams) edges.push([from, index.get(downstream) ?? from]);
  });
  const sizes = watched.map((entry) => ({
    width: Math.max(boxMinWidth, Math.ceil(entry.label.length * labelCharWidth) + 2 * boxPadding),
    height: entry.fill === undefined ? boxHeight : queueBoxHeight,
  }));
  return layoutGraph(sizes, edges);
}

/** What a node shows as its count: what a source emitted, what any other node received. */
function currentTotal(watched: WatchedNode): number {
  return watched.node.upstreams.length === 0 ? watched.counts.emitted : watched.counts.received;
}

/** Reads a node's counters at frame time `now`; returns whether anything shown changed. */
function readCounts(watched: WatchedNode, now: number): boolean {
  const total = currentTotal(watched);
  const { times, totals } = watched;
  times.push(now);
  totals.push(total);
  // Keep one frame at or before the window's start, so the rate spans a whole second once there is one.
  while (times.length > 2 && (times[1] as number) <= now - rateWindowMs) {
    times.shift();
    totals.shift();
  }
  const span = now - (times[0] as number);
  const rate = span > 0 ? ((total - (totals[0] as number)) * 1000) / Math.max(span, rateWindowMs) : 0;
  const fill = queueFill(watched.node);
  const changed = total !== watched.total || Math.round(rate) !== Math.round(watched.rate) || fill !== watched.fill;
  watched.total = total;
  watched.rate = rate;
  watched.fill = fill;
  return changed;
}

function nodeBox(watched: WatchedNode, box: GraphLayout["boxes"][number] | undefined): unknown {
  if (box === undefined) return nothing;
  const left = box.x + boxPadding;
  const barWidth = box.width - 2 * boxPadding - queueLabelWidth;
  return svg`<g class="node" data-label=${watched.label} data-count=${watched.total}>
    <rect class="box" x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx="8"></rect>
    <text class="label" x=${left} y=${box.y + 20}>${watched.label}</text>
    <text class="stats" x=${left} y=${box.y + 38}><tspan class="count">${numbers.format(watched.total)}</tspan> ${watched.total === 1 ? "event" : "events"} · ${numbers.format(watched.rate)}/s</text>
    ${
      watched.fill === undefined
        ? nothing
        : svg`<rect class="fill-track" x=${left} y=${box.y + 49} width=${barWidth} height="5" rx="2.5"></rect>
          <rect class="fill" x=${left} y=${box.y + 49} width=${Math.max(0, Math.min(1, watched.fill)) * barWidth} height="5" rx="2.5"></rect>
          <text class="stats queue" x=${box.x + box.width - boxPadding} y=${box.y + 54}>queue ${Math.round(watched.fill * 100)} %</text>
          <title>queue ${Math.round(watched.fill * 100)} % full</title>`
    }
  </g>`;
}

// Once: anywidget evaluates its module again for every widget (dist/rivulet-widget.js).
defineOnce("riv-graph", RivGraph);

declare global {
  interface HTMLElementTagNameMap {
    "riv-graph": RivGraph;
  }
}
