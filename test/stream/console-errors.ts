// A test helper for the nodes that report errors with console.error: records what they log instead of printing it.

/** Runs `body` with console.error recording its arguments instead of printing them. */
export async function capturingConsoleErrors(body: (logged: unknown[][]) => Promise<void> | void): Promise<void> {
  const original = console.error;
  const logged: unknown[][] = [];
  console.error = (...args: unknown[]) => void logged.push(args);
  try {
    await body(logged);
  } finally {
    console.error = original;
  }
}
