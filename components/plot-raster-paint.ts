// Paints scatter markers into RGBA pixels, as a <riv-plot> raster layer draws many rows at once: each marker an
// antialiased disc with its outline, composited over the markers before it (the newest on top), as BokehJS draws them;
// markers of one colour kept as a sum per pixel, so that a frame paints only the rows that came and went.

/**
 * Where a raster picture lies in data units, and its size in pixels; row 0 of the pixels is the lowest y.
 *
 * @example
 * const grid: RasterGrid = { x0: 0, x1: 100, y0: 0, y1: 100, width: 400, height: 300 };
 */
export interface RasterGrid {
  /** The data x at the left edge of the picture. */
  readonly x0: number;
  /** The data x at the right edge. */
  readonly x1: number;
  /** The data y at the bottom edge. */
  readonly y0: number;
  /** The data y at the top edge. */
  readonly y1: number;
  /** Pixels across. */
  readonly width: number;
  /** Pixels up. */
  readonly height: number;
}

/**
 * What a marker looks like, in CSS pixels: BokehJS's scatter `size`, `line_width`, `fill_alpha` and `line_alpha`.
 *
 * @example
 * const look: MarkerLook = { size: 6, lineWidth: 1, fillAlpha: 0.6, lineAlpha: 1 };
 */
export interface MarkerLook {
  /** Diameter of the disc. */
  readonly size: number;
  /** Width of the outline, centred on the disc's edge; 0 for none. */
  readonly lineWidth: number;
  /** Opacity of the inside, 0 to 1. */
  readonly fillAlpha: number;
  /** Opacity of the outline, 0 to 1. */
  readonly lineAlpha: number;
}

/**
 * Rows of a picture: the x and y of each, from row `from` (default 0) to the end.
 *
 * @example
 * const newest: PaintedRows = { xs: source.get("x"), ys: source.get("y"), from: source.get_length()! - 167 };
 */
export interface PaintedRows {
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly from?: number;
}

/**
 * Optical depth (how much light the markers over a pixel hold back: −ln of what passes) is summed per pixel in
 * these steps per unit, as whole numbers: exact in a `Float64Array`, so taking a marker away leaves the sum as it
 * was before the marker was added, however many came and went.
 */
const depthSteps = 4096;

/** An opaque pixel of a marker would hold back all light (an endless depth); it counts as this opaque, still 255. */
const mostOpacity = 1 - 2 ** -12;

/**
 * Paints markers into pixels. Markers of one colour are summed as optical depth, in which the order of markers does
 * not matter: `update` adds the newest rows and takes away the rolled-over ones without painting the others again.
 * Markers of their own colours are composited in row order, every row each time. The buffers, and the picture it
 * returns, are kept between pictures of the same size, so a frame allocates nothing: copy a picture to keep it.
 *
 * @example
 * const painter = new MarkerPainter({ size: 6, lineWidth: 1, fillAlpha: 0.6, lineAlpha: 1 });
 * const blue = { rgba: [31, 119, 180, 255], stride: 0 } as const;
 * painter.paint(grid, [10, 20], [30, 40], blue);
 * if (painter.canUpdate(grid, blue)) painter.update({ xs: [10, 20, 50], ys: [30, 40, 60], from: 2 }, { xs: [10], ys: [30] }, blue);
 */
export class MarkerPainter {
  /** Pixel offsets from the marker's centre, x then y for each pixel the marker touches. */
  private readonly offsets: Int32Array;
  /** The marker's opacity at each of those pixels. */
  private readonly opacity: Float32Array;
  /** Its optical depth at each of those pixels, in `depthSteps`. */
  private readonly depthOf: Float64Array;
  /** How far the marker reaches from its centre pixel, in pixels. */
  private readonly reach: number;
  /** The offsets as steps in a picture `steppedWidth` pixels wide. */
  private steps = new Int32Array(0);
  private steppedWidth = -1;
  /** Markers of one colour: the optical depth of each pixel, in `depthSteps`. */
  private depth = new Float64Array(0);
  /** Markers of their own colours: premultiplied red, green, blue and alpha of each pixel. */
  private channels = new Float32Array(0);
  /** The grid `depth` holds the markers of, while `update` may follow. */
  private depthGrid: RasterGrid | undefined;
  private picture = new Uint32Array(0);
  /** One colour's pixel for each depth (`depthSteps` per unit) up to where it is as opaque as the colour. */
  private shades = new Uint32Array(0);
  private shadesOf = "";

  constructor(look: MarkerLook) {
    const stamp = markerStamp(look);
    this.offsets = stamp.offsets;
    this.opacity = stamp.opacity;
    this.depthOf = Float64Array.from(stamp.opacity, (a) =>
      Math.ceil(-Math.log(1 - Math.min(a, mostOpacity)) * depthSteps),
    );
    this.reach = stamp.reach;
  }

  /**
   * Paints one marker per row at (`xs[i]`, `ys[i]`) in the colour `colors` gives it, in row order, and returns the
   * picture as one `0xAABBGGRR` pixel per element (the byte order of `ImageData`), row 0 at the bottom.
   */
  paint(grid: RasterGrid, xs: ArrayLike<number>, ys: ArrayLike<number>, colors: RowColors): Uint32Array {
    const { width, height } = grid;
    if (this.steppedWidth !== width) this.stepsFor(width);
    if (colors.stride === 0) {
      if (this.depth.length !== width * height) this.depth = new Float64Array(width * height);
      else this.depth.fill(0);
      this.depthGrid = grid;
      this.each(grid, { xs, ys }, (px, py) => this.deepen(px, py, width, height, 1));
      return this.shaded(width * height, colors.rgba);
    }
    this.depthGrid = undefined;
    this.depth = new Float64Array(0);
    if (this.channels.length !== width * height * 4) this.channels = new Float32Array(width * height * 4);
    else this.channels.fill(0);
    this.each(grid, { xs, ys }, (px, py, row) => this.stamp(px, py, width, height, colors.rgba, row * 4));
    return this.unpremultiplied(width * height);
  }

  /**
   * Paints, now, a small picture in `colors` and updates it, then lets go of it: the shades of one colour (25,000 of
   * them) are made and the painting code is compiled before the frame in which the picture first replaces the
   * markers, which otherwise took 15 ms and more of it.
   */
  rehearse(colors: RowColors): void {
    const grid = { x0: 0, x1: 1, y0: 0, y1: 1, width: 64, height: 64 };
    const rows = Array.from({ length: 256 }, (_, i) => (i % 61) / 61);
    const painted = { xs: rows, ys: rows.slice().reverse() };
    this.paint(grid, painted.xs, painted.ys, colors);
    if (this.canUpdate(grid, colors)) this.update({ ...painted, from: 128 }, painted, colors);
    this.depth = new Float64Array(0);
    this.channels = new Float32Array(0);
    this.picture = new Uint32Array(0);
    this.depthGrid = undefined;
    this.steppedWidth = -1;
  }

  /** Whether `update` can follow the last picture: painted on the same grid, in this one colour or another. */
  canUpdate(grid: RasterGrid, colors: RowColors): boolean {
    const last = this.depthGrid;
    return (
      colors.stride === 0 &&
      last !== undefined &&
      last.width === grid.width &&
      last.height === grid.height &&
      last.x0 === grid.x0 &&
      last.x1 === grid.x1 &&
      last.y0 === grid.y0 &&
      last.y1 === grid.y1
    );
  }

  /**
   * The last picture with the `added` rows painted in and the `removed` rows (painted before, given as they were)
   * taken out, as if every row now held had been painted again; only when `canUpdate` says so.
   */
  update(added: PaintedRows, removed: PaintedRows, colors: RowColors): Uint32Array {
    const grid = this.depthGrid;
    if (grid === undefined || colors.stride !== 0) {
      throw new Error("MarkerPainter.update: no picture of one colour to update; paint it first");
    }
    const { width, height } = grid;
    this.each(grid, removed, (px, py) => this.deepen(px, py, width, height, -1));
    this.each(grid, added, (px, py) => this.deepen(px, py, width, height, 1));
    return this.shaded(width * height, colors.rgba);
  }

  /** Calls `paintAt` with the pixel of each row that has a position, in row order. */
  private each(
    grid: RasterGrid,
    { xs, ys, from = 0 }: PaintedRows,
    paintAt: (px: number, py: number, row: number) => void,
  ): void {
    const scaleX = grid.width / (grid.x1 - grid.x0);
    const scaleY = grid.height / (grid.y1 - grid.y0);
    const rows = Math.min(xs.length, ys.length);
    for (let row = from; row < rows; row += 1) {
      const px = Math.floor(((xs[row] as number) - grid.x0) * scaleX);
      const py = Math.floor(((ys[row] as number) - grid.y0) * scaleY);
      if (px === px && py === py) paintAt(px, py, row);
    }
  }

  private stepsFor(width: number): void {
    const { offsets } = this;
    this.steps = new Int32Array(offsets.length / 2);
    for (let i = 0; i < this.steps.length; i += 1) {
      this.steps[i] = (offsets[2 * i + 1] as number) * width + (offsets[2 * i] as number);
    }
    this.steppedWidth = width;
  }

  /** Adds (`sign` 1) or takes away (-1) one marker's depth centred on pixel (`px`, `py`). */
  private deepen(px: number, py: number, width: number, height: number, sign: 1 | -1): void {
    const { depthOf, depth, steps } = this;
    const reach = this.reach;
    if (px >= reach && py >= reach && px + reach < width && py + reach < height) {
      const centre = py * width + px;
      for (let i = 0; i < steps.length; i += 1) {
        const p = centre + (steps[i] as number);
        depth[p] = (depth[p] as number) + sign * (depthOf[i] as number);
      }
      return;
    }
    const offsets = this.offsets;
    for (let i = 0; i < depthOf.length; i += 1) {
      const x = px + (offsets[2 * i] as number);
      const y = py + (offsets[2 * i + 1] as number);
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const p = y * width + x;
      depth[p] = (depth[p] as number) + sign * (depthOf[i] as number);
    }
  }

  /** Composites one marker of its own colour centred on pixel (`px`, `py`) over what is there ("source over"). */
  private stamp(px: number, py: number, width: number, height: number, rgba: ArrayLike<number>, at: number): void {
    const { offsets, opacity, channels } = this;
    const alpha = (rgba[at + 3] as number) / 255;
    if (alpha === 0) return;
    const red = (rgba[at] as number) / 255;
    const green = (rgba[at + 1] as number) / 255;
    const blue = (rgba[at + 2] as number) / 255;
    for (let i = 0; i < opacity.length; i += 1) {
      const x = px + (offsets[2 * i] as number);
      const y = py + (offsets[2 * i + 1] as number);
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const a = (opacity[i] as number) * alpha;
      const keep = 1 - a;
      const p = (y * width + x) * 4;
      channels[p] = red * a + (channels[p] as number) * keep;
      channels[p + 1] = green * a + (channels[p + 1] as number) * keep;
      channels[p + 2] = blue * a + (channels[p + 2] as number) * keep;
      channels[p + 3] = a + (channels[p + 3] as number) * keep;
    }
  }

  /** The picture, `count` pixels, reused while its size stays. */
  private pictureOf(count: number): Uint32Array {
    if (this.picture.length !== count) this.picture = new Uint32Array(count);
    return this.picture;
  }

  /** The depth buffer as pixels of the one colour `rgba`: its alpha times the opacity the depth makes. */
  private shaded(count: number, rgba: ArrayLike<number>): Uint32Array {
    const { depth } = this;
    const shades = this.shadesFor(rgba);
    const darkest = shades.length - 1;
    const pixels = this.pictureOf(count);
    for (let p = 0; p < count; p += 1) {
      const steps = depth[p] as number;
      pixels[p] = shades[steps < darkest ? steps : darkest] as number;
    }
    return pixels;
  }

  /** The pixel of colour `rgba` at each depth, from none to as opaque as the colour (`mostOpacity` of a stamp). */
  private shadesFor(rgba: ArrayLike<number>): Uint32Array {
    const key = `${rgba[0]},${rgba[1]},${rgba[2]},${rgba[3]}`;
    if (key === this.shadesOf) return this.shades;
    const colour = ((rgba[2] as number) << 16) | ((rgba[1] as number) << 8) | (rgba[0] as number);
    const alpha = rgba[3] as number;
    // Beyond ln(2 × alpha) the opacity rounds to the colour's own alpha.
    const deepest = Math.ceil(Math.log(2 * Math.max(1, alpha)) * depthSteps);
    this.shades = new Uint32Array(deepest + 1);
    for (let steps = 0; steps <= deepest; steps += 1) {
      const opacity = Math.round((1 - Math.exp(-steps / depthSteps)) * alpha);
      this.shades[steps] = opacity === 0 ? 0 : ((opacity << 24) | colour) >>> 0;
    }
    this.shadesOf = key;
    return this.shades;
  }

  /** The premultiplied buffer as straight (not premultiplied) 8-bit RGBA pixels. */
  private unpremultiplied(count: number): Uint32Array {
    const { channels } = this;
    const pixels = this.pictureOf(count);
    const bytes = new Uint8ClampedArray(pixels.buffer);
    for (let p = 0; p < count * 4; p += 4) {
      const a = channels[p + 3] as number;
      if (a === 0) {
        pixels[p / 4] = 0;
        continue;
      }
      bytes[p] = ((channels[p] as number) / a) * 255;
      bytes[p + 1] = ((channels[p + 1] as number) / a) * 255;
      bytes[p + 2] = ((channels[p + 2] as number) / a) * 255;
      bytes[p + 3] = a * 255;
    }
    return pixels;
  }
}

/**
 * The colour of each row, as 8-bit RGBA: one colour for all rows (`stride` 0), or four bytes per row (`stride` 4),
 * as a BokehJS colour mapper's `rgba_mapper.v_compute` returns them.
 *
 * @example
 * const blue: RowColors = { rgba: [31, 119, 180, 255], stride: 0 };
 */
export interface RowColors {
  /** The bytes: red, green, blue and alpha, 0 to 255. */
  readonly rgba: ArrayLike<number>;
  /** 0 when every row has the colour at the start, 4 when each row has its own. */
  readonly stride: 0 | 4;
}

/** The pixels a marker covers and how opaque it is at each: the outline over the inside, both antialiased. */
function markerStamp(look: MarkerLook): { offsets: Int32Array; opacity: Float32Array; reach: number } {
  const radius = look.size / 2;
  const halfLine = look.lineWidth / 2;
  const reach = Math.ceil(radius + halfLine + 1);
  const offsets: number[] = [];
  const opacity: number[] = [];
  for (let dy = -reach; dy <= reach; dy += 1) {
    for (let dx = -reach; dx <= reach; dx += 1) {
      // From the marker's centre (the middle of its pixel) to the middle of this pixel.
      const distance = Math.hypot(dx, dy);
      const inside = clamp01(radius + 0.5 - distance) * look.fillAlpha;
      const line = halfLine > 0 ? clamp01(halfLine + 0.5 - Math.abs(distance - radius)) * look.lineAlpha : 0;
      const combined = line + (1 - line) * inside;
      if (combined <= 0) continue;
      offsets.push(dx, dy);
      opacity.push(combined);
    }
  }
  return { offsets: Int32Array.from(offsets), opacity: Float32Array.from(opacity), reach };
}

const clamp01 = (value: number): number => (value < 0 ? 0 : value > 1 ? 1 : value);
