// Packs items' numeric fields into one Float64Array and back, so that a batch crosses a port as one transferred
// buffer instead of a structured clone of every object.

/** The fields `columns` of `items`, row after row, as one array whose buffer can be transferred. */
export function packColumns(items: readonly unknown[], columns: readonly string[]): Float64Array {
  const width = columns.length;
  const data = new Float64Array(items.length * width);
  for (let row = 0; row < items.length; row += 1) {
    const item = items[row] as Record<string, unknown>;
    for (let column = 0; column < width; column += 1) {
      data[row * width + column] = Number(item[columns[column] as string]);
    }
  }
  return data;
}

/** Calls `put` with one plain object per row of `data`, holding the fields `columns`. */
export function unpackColumns(data: Float64Array, columns: readonly string[], put: (item: object) => void): number {
  const width = columns.length;
  const rows = width === 0 ? 0 : data.length / width;
  for (let row = 0; row < rows; row += 1) {
    const item: Record<string, number> = {};
    for (let column = 0; column < width; column += 1) {
      item[columns[column] as string] = data[row * width + column] as number;
    }
    put(item);
  }
  return rows;
}
