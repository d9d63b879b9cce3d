// Waiting on conditions frame by frame, for the widget tests: hang guards only, never a pace.

/** Resolves in the next animation frame. */
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Waits, frame by frame, until `condition` holds; after 1,200 frames throws, saying what it waited for.
 *
 * @example
 * await until(() => "the pad is shown", () => pad.isConnected);
 */
export async function until(what: () => string, condition: () => boolean): Promise<void> {
  for (let count = 0; count < 1200; count += 1) {
    if (condition()) return;
    await nextFrame();
  }
  throw new Error(`still waiting after 1200 frames until ${what()}`);
}
