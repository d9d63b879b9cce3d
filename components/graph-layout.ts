// Places the boxes and arrows of a stream graph with dagre (a layered graph layout), for `<riv-graph>`: upstream
// nodes above the nodes they feed, fan-out side by side, edges routed around boxes.
import { graphlib, layout } from "@dagrejs/dagre";

/**
 * Where one box of a laid-out graph goes, its top-left corner and size in pixels.
 *
 * @example
 * const box: PlacedBox = { x: 20, y: 20, width: 160, height: 52 };
 */
export interface PlacedBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A laid-out graph: the size of the drawing, a box per node (in the order given) and an SVG path per edge.
 *
 * @example
 * const { width, height, boxes, edges } = layoutGraph([{ width: 100, height: 40 }, { width: 100, height: 40 }], [[0, 1]]);
 */
export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly PlacedBox[];
  /** One SVG path (`d`) per edge, in the order given, ending where the arrow head goes. */
  readonly edges: readonly string[];
}

const margin = 12;

/**
 * Lays out nodes of the given sizes joined by `edges` (pairs of indexes into `sizes`, upstream first), top to
 * bottom.
 *
 * @example
 * layoutGraph([{ width: 100, height: 40 }, { width: 100, height: 40 }], [[0, 1]]).boxes[1].y; // below box 0
 */
export function layoutGraph(
  sizes: readonly { width: number; height: number }[],
  edges: readonly (readonly [number, number])[],
): GraphLayout {
  const graph = new graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: "TB", nodesep: 28, ranksep: 40, marginx: margin, marginy: margin });
  sizes.forEach((size, i) => graph.setNode(String(i), { width: size.width, height: size.height }));
  edges.forEach(([from, to], i) => graph.setEdge(String(from), String(to), {}, String(i)));
  layout(graph);
  const boxes = sizes.map((size, i): PlacedBox => {
    const { x, y } = graph.node(String(i)) as { x: number; y: number };
    return { x: x - size.width / 2, y: y - size.height / 2, width: size.width, height: size.height };
  });
  const paths = edges.map(([from, to], i) => {
    const { points } = graph.edge(String(from), String(to), String(i)) as { points: { x: number; y: number }[] };
    return points.map((point, j) => `${j === 0 ? "M" : "L"}${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(" ");
  });
  const { width, height } = graph.graph() as { width: number; height: number };
  return { width, height, boxes, edges: paths };
}
