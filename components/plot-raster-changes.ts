// What changed in a <riv-plot> raster layer's source since its picture was painted: how many of the newest rows it
// has not painted yet, and the painted rows that rolled over, copied before `source.stream` dropped them.
import type { PlotSource } from "./plot-figure.js";
import type { PaintedRows } from "./plot-raster-paint.js";

/** Beyond this share of the rows held, changed rows are painted as a whole picture, which then costs about as much. */
const mostChangedShare = 0.5;

/**
 * The rows streamed into `source` since a picture of its `x` and `y` columns was painted, made just after painting
 * it and told of each stream before it happens. `follows` checks that the source holds what these changes lead to
 * (nobody else changed it); `added` and `removed` are then what to paint in and take out.
 *
 * @example
 * const changes = new RowChanges(source, "x", "y"); // just after painting every row of source
 * if (!changes.beforeStream(rows.x.length, 100_000)) repaintAll = true;
 * source.stream(rows, 100_000);
 * if (changes.follows(source.get("x"), source.get("y"))) painter.update(changes.added(xs, ys), changes.removed(), colors);
 */
export class RowChanges {
  /** How many of the newest rows have not been painted. */
  private unpainted = 0;
  private readonly removedXs: number[] = [];
  private readonly removedYs: number[] = [];
  /** How many rows the source holds after the streams told of. */
  private rows: number;
  private readonly newestX: number | undefined;
  private readonly newestY: number | undefined;

  constructor(
    private readonly source: PlotSource,
    private readonly x: string,
    private readonly y: string,
  ) {
    const xs = source.get<number>(x);
    const ys = source.get<number>(y);
    this.rows = xs.length;
    this.newestX = xs[xs.length - 1];
    this.newestY = ys[ys.length - 1];
  }

  /**
   * Notes that `rows` rows are about to be streamed, keeping `keep`: copies the painted rows that will roll over.
   * Returns false when the picture had better be painted whole: too much changed, or the source is not as expected.
   */
  beforeStream(rows: number, keep: number): boolean {
    const xs = this.source.get<number>(this.x);
    const ys = this.source.get<number>(this.y);
    const held = xs.length;
    const rolledOver = Math.max(0, held + rows - keep);
    if (held !== this.rows || ys.length !== held || rolledOver > held) return false;
    const paintedGone = Math.min(rolledOver, held - this.unpainted);
    for (let row = 0; row < paintedGone; row += 1) {
      this.removedXs.push(xs[row] as number);
      this.removedYs.push(ys[row] as number);
    }
    this.unpainted += rows - (rolledOver - paintedGone);
    this.rows = held + rows - rolledOver;
    return this.removedXs.length + this.unpainted <= this.rows * mostChangedShare;
  }

  /** Whether `xs` and `ys` are what the streams told of lead to: as many rows, the newest painted one in its place. */
  follows(xs: ArrayLike<number>, ys: ArrayLike<number>): boolean {
    const newestPainted = this.rows - this.unpainted - 1;
    return (
      xs.length === this.rows &&
      ys.length === this.rows &&
      newestPainted >= 0 &&
      Object.is(xs[newestPainted], this.newestX) &&
      Object.is(ys[newestPainted], this.newestY)
    );
  }

  /** The rows to paint in: the newest `unpainted` of `xs` and `ys`. */
  added(xs: ArrayLike<number>, ys: ArrayLike<number>): PaintedRows {
    return { xs, ys, from: this.rows - this.unpainted };
  }

  /** The painted rows that rolled over, as they were. */
  removed(): PaintedRows {
    return { xs: this.removedXs, ys: this.removedYs };
  }
}
