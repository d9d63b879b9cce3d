// Paints scatter markers into RGBA pixels, as a <riv-plot> raster layer draws many rows at once: each marker an
// antialiased disc with its outline, composited over the markers before it (the newest on top), as BokehJS draws them.

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
 * Paints markers into pixels. Its working buffer (premultiplied colour, one float per channel; coverage alone when
 * all markers share one colour) is kept between pictures of the same size, so painting a frame allocates only the
 * picture it returns.
 *
 * @example
 * const painter = new MarkerPainter({ size: 6, lineWidth: 1, fillAlpha: 0.6, lineAlpha: 1 });
 * const pixels = painter.paint(grid, [10, 20], [30, 40], { rgba: [31, 119, 180, 255], stride: 0 });
 */
export class MarkerPainter {
  /** Pixel offsets from the marker's centre, x then y for each pixel the marker touches. */
  private readonly offsets: Int32Array;
  /** The marker's opacity at each of those pixels. */
  private readonly opacity: Float32Array;
  /** How far the marker reaches from its centre pixel, in pixels. */
  private readonly reach: number;
  /** The offsets as steps in a picture `steppedWidth` pixels wide. */
  private steps = new Int32Array(0);
  private steppedWidth = -1;
  private buffer = new Float32Array(0);

  constructor(look: MarkerLook) {
    const stamp = markerStamp(look);
    this.offsets = stamp.offsets;
    this.opacity = stamp.opacity;
    this.reach = stamp.reach;
  }

  /**
   * Paints one marker per row at (`xs[i]`, `ys[i]`) in the colour `colors` gives it, in row order, and returns the
   * picture as one `0xAABBGGRR` pixel per element (the byte order of `ImageData`), row 0 at the bottom.
   */
  paint(grid: RasterGrid, xs: ArrayLike<number>, ys: ArrayLike<number>, colors: RowColors): Uint32Array {
    const { width, height } = grid;
    const channels = colors.stride === 0 ? 1 : 4;
    const size = width * height * channels;
    if (this.buffer.length !== size) this.buffer = new Float32Array(size);
    else this.buffer.fill(0);
    if (this.steppedWidth !== width) this.stepsFor(width);
    const scaleX = width / (grid.x1 - grid.x0);
    const scaleY = height / (grid.y1 - grid.y0);
    const rows = Math.min(xs.length, ys.length);
    for (let row = 0; row < rows; row += 1) {
      const px = Math.floor(((xs[row] as number) - grid.x0) * scaleX);
      const py = Math.floor(((ys[row] as number) - grid.y0) * scaleY);
      if (!(px === px && py === py)) continue;
      if (channels === 1) this.cover(px, py, width, height);
      else this.stamp(px, py, width, height, colors.rgba, row * 4);
    }
    return channels === 1 ? this.onePixels(width * height, colors.rgba) : this.pixels(width * height);
  }

  private stepsFor(width: number): void {
    const { offsets } = this;
    this.steps = new Int32Array(offsets.length / 2);
    for (let i = 0; i < this.steps.length; i += 1) {
      this.steps[i] = (offsets[2 * i + 1] as number) * width + (offsets[2 * i] as number);
    }
    this.steppedWidth = width;
  }

  private inside(px: number, py: number, width: number, height: number): boolean {
    const reach = this.reach;
    return px >= reach && py >= reach && px + reach < width && py + reach < height;
  }

  /** Adds one marker's coverage centred on pixel (`px`, `py`): markers of one colour need nothing more. */
  private cover(px: number, py: number, width: number, height: number): void {
    const { opacity, buffer, steps } = this;
    if (this.inside(px, py, width, height)) {
      const centre = py * width + px;
      for (let i = 0; i < steps.length; i += 1) {
        const p = centre + (steps[i] as number);
        const a = opacity[i] as number;
        buffer[p] = a + (buffer[p] as number) * (1 - a);
      }
      return;
    }
    const offsets = this.offsets;
    for (let i = 0; i < opacity.length; i += 1) {
      const x = px + (offsets[2 * i] as number);
      const y = py + (offsets[2 * i + 1] as number);
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const p = y * width + x;
      const a = opacity[i] as number;
      buffer[p] = a + (buffer[p] as number) * (1 - a);
    }
  }

  /** Composites one marker of its own colour centred on pixel (`px`, `py`) over what is there ("source over"). */
  private stamp(px: number, py: number, width: number, height: number, rgba: ArrayLike<number>, at: number): void {
    const { offsets, opacity, buffer } = this;
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
      buffer[p] = red * a + (buffer[p] as number) * keep;
      buffer[p + 1] = green * a + (buffer[p + 1] as number) * keep;
      buffer[p + 2] = blue * a + (buffer[p + 2] as number) * keep;
      buffer[p + 3] = a + (buffer[p + 3] as number) * keep;
    }
  }

  /** The coverage buffer as pixels of the one colour `rgba`, its alpha times the coverage. */
  private onePixels(count: number, rgba: ArrayLike<number>): Uint32Array {
    const buffer = this.buffer;
    const pixels = new Uint32Array(count);
    const colour = ((rgba[2] as number) << 16) | ((rgba[1] as number) << 8) | (rgba[0] as number);
    const alpha = rgba[3] as number;
    for (let p = 0; p < count; p += 1) {
      const a = buffer[p] as number;
      if (a !== 0) pixels[p] = ((Math.round(a * alpha) << 24) | colour) >>> 0;
    }
    return pixels;
  }

  /** The working buffer as straight (not premultiplied) 8-bit RGBA pixels. */
  private pixels(count: number): Uint32Array {
    const buffer = this.buffer;
    const bytes = new Uint8ClampedArray(count * 4);
    for (let p = 0; p < bytes.length; p += 4) {
      const a = buffer[p + 3] as number;
      if (a === 0) continue;
      bytes[p] = ((buffer[p] as number) / a) * 255;
      bytes[p + 1] = ((buffer[p + 1] as number) / a) * 255;
      bytes[p + 2] = ((buffer[p + 2] as number) / a) * 255;
      bytes[p + 3] = a * 255;
    }
    return new Uint32Array(bytes.buffer);
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
