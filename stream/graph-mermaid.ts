// Draws a stream graph as Mermaid flowchart text, for docs and issues: every node reachable from a given one, named
// by the call that made it with its arguments, and an arrow per connection (fan-out and joins as they are).
import type { AnyStream } from "./stream.js";
import { nodeCall } from "./graph-calls.js";

/** Longest argument text in a label before it is cut with "…". */
const argumentLength = 40;

/**
 * The whole graph `start` belongs to (upstream and downstream, however far) as a Mermaid `flowchart TD`. Nodes are
 * numbered in the order they are found from the graph's first source; a node made by a method is labelled with the
 * call (`map(double)`, `slidingWindow(10)`), a node made with `new` by its name. Streams given as arguments (e.g.
 * to `zip`) show as arrows, not as text.
 *
 * @example
 * const source = new Stream<number>({ name: "clicks" });
 * graphToMermaid(source.map(double).sink(console.log));
 * // flowchart TD
 * //   n0["clicks"]
 * //   n1["map(double)"]
 * //   n2["sink(log)"]
 * //   n0 --> n1
 * //   n1 --> n2
 */
export function graphToMermaid(start: AnyStream): string {
  const nodes = graphNodes(start);
  const ids = new Map(nodes.map((node, i) => [node, `n${i}`]));
  const lines = ["flowchart TD"];
  for (const node of nodes) lines.push(`  ${ids.get(node) ?? ""}["${escapeLabel(nodeLabel(node))}"]`);
  for (const node of nodes) {
    for (const downstream of node.downstreams) lines.push(`  ${ids.get(node) ?? ""} --> ${ids.get(downstream) ?? ""}`);
  }
  return lines.join("\n");
}

/**
 * Every node connected to `start`, sources first: found breadth first from the roots, in connection order.
 *
 * @example
 * graphNodes(source.map(double).sink(show)); // [source, map, sink]
 */
export function graphNodes(start: AnyStream): AnyStream[] {
  const connected = new Set<AnyStream>();
  const pending = [start];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (connected.has(node)) continue;
    connected.add(node);
    pending.push(...node.upstreams, ...node.downstreams);
  }
  const ordered = new Set<AnyStream>();
  const queue = [...connected].filter((node) => node.upstreams.length === 0);
  if (queue.length === 0) queue.push(start); // a cycle with no source: start where we were asked
  for (let i = 0; i < queue.length; i += 1) {
    const node = queue[i] as AnyStream;
    if (ordered.has(node)) continue;
    ordered.add(node);
    queue.push(...node.downstreams);
  }
  return [...ordered];
}

/**
 * What a node is called in a drawing of its graph: the call that made it (`map(double)`), else its name.
 *
 * @example
 * nodeLabel(source.slidingWindow(10)); // "slidingWindow(10)"
 */
export function nodeLabel(node: AnyStream): string {
  const call = nodeCall(node);
  if (call === undefined) return node.name;
  const args = call.args.filter((arg) => !isStream(arg)).map(argumentText);
  return `${call.method}(${args.join(", ")})`;
}

function argumentText(arg: unknown): string {
  if (typeof arg === "function") return arg.name === "" ? "fn" : arg.name;
  if (typeof arg === "string") return cut(JSON.stringify(arg));
  if (typeof arg !== "object" || arg === null) return String(arg);
  try {
    return cut(JSON.stringify(arg, (_key, value: unknown) => (typeof value === "function" ? "fn" : value)));
  } catch {
    return "…"; // a cyclic or otherwise unprintable argument
  }
}

function cut(text: string): string {
  return text.length > argumentLength ? `${text.slice(0, argumentLength - 1)}…` : text;
}

function isStream(value: unknown): boolean {
  return typeof value === "object" && value !== null && "downstreams" in value && "upstreams" in value;
}

/** Mermaid reads `"` as the label's end and `#…;` as an entity: write both as entities. */
function escapeLabel(label: string): string {
  return label.replace(/#/g, "#35;").replace(/"/g, "#quot;");
}
