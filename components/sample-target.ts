// Where inside a bound node an event happened, and which files a file input holds, as plain sample data.

/**
 * One chosen file of an `<input type="file">`: its metadata, never its contents.
 *
 * @example
 * view.onEvent("upload", "change", (sample) => sample.files.forEach((file: FileInfo) => console.log(file.name, file.size)));
 */
export interface FileInfo {
  /** The file name without a path, e.g. `"points.csv"`. */
  readonly name: string;
  /** Size in bytes. */
  readonly size: number;
  /** MIME type as the browser guessed it from the name, e.g. `"text/csv"`; `""` when unknown. */
  readonly type: string;
}

// Shared by every sample that has no path or no files, so the common case allocates nothing; frozen, so that no
// consumer can change what the other samples see.
const none: readonly never[] = Object.freeze([]);

/**
 * The ids of the elements from just inside `bound` down to `target`, outermost first, skipping elements without
 * an id; empty when the event hit `bound` itself (or an element outside it, such as slotted content).
 *
 * @example
 * targetPath(clickOnLabelInItem3, ul); // ["item-3", "label-3"]
 */
export function targetPath(target: EventTarget | null, bound: Element): readonly string[] {
  if (target === bound || !(target instanceof Element)) return none;
  const ids: string[] = [];
  for (let element: Element | null = target; element !== bound; element = element.parentElement) {
    if (element === null) return none;
    if (element.id !== "") ids.push(element.id);
  }
  return ids.length === 0 ? none : ids.reverse();
}

/**
 * The metadata of the files chosen in `bound` when it is an `<input type="file">`; empty otherwise.
 *
 * @example
 * fileInfos(input); // [{ name: "points.csv", size: 8, type: "text/csv" }]
 */
export function fileInfos(bound: Element): readonly FileInfo[] {
  if (!(bound instanceof HTMLInputElement) || bound.type !== "file" || bound.files === null) return none;
  if (bound.files.length === 0) return none;
  return Array.from(bound.files, ({ name, size, type }) => ({ name, size, type }));
}
