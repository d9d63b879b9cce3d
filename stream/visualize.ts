// `stream.visualize()`: the graph as Mermaid text. Added to every stream when this module is imported (as
// `rivulet/stream` does), so the small runtime, `rivulet/stream/core`, leaves the drawing code out.
import { graphToMermaid } from "./graph-mermaid.js";
import { Stream, type AnyStream } from "./stream.js";

Object.defineProperty(Stream.prototype, "visualize", {
  value: function (this: AnyStream): string {
    return graphToMermaid(this);
  },
  writable: true,
  configurable: true,
});

declare module "./stream.js" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration must name the same parameter
  interface Stream<T> {
    /**
     * The whole graph this node belongs to as Mermaid flowchart text (paste it into a Markdown file or an issue):
     * each node named by the call that made it, with its arguments, and an arrow per connection. Part of
     * `rivulet/stream`; with `rivulet/stream/core`, `import "rivulet/stream/visualize"` adds it.
     *
     * @example
     * const source = new Stream<number>({ name: "clicks" });
     * source.map(double).sink(console.log);
     * source.visualize(); // 'flowchart TD\n  n0["clicks"]\n  n1["map(double)"]\n  n2["sink(log)"]\n  n0 --> n1\n  n1 --> n2'
     */
    visualize(): string;
  }
}
