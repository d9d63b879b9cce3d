// Checks of the arguments that operators and sources take, shared so that every one rejects a bad value in the
// same words: who was called, which argument, the value given and an example of a good call.
import { StreamError } from "./errors.js";

/** Whether `value` is an integer of at least 1. */
export function isPositiveInteger(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) > 0;
}

/**
 * Throws a `StreamError` unless `value` is a function.
 *
 * @example
 * requireFunction("map", "fn", fn, "map((x) => x * 2)"); // map: fn is not a function (got 3); use e.g. map(...)
 */
export function requireFunction(caller: string, name: string, value: unknown, example: string): void {
  if (typeof value !== "function") {
    throw new StreamError(`${caller}: ${name} is not a function (got ${String(value)}); use e.g. ${example}`);
  }
}

/**
 * Throws a `StreamError` unless `value` is an integer of at least 1.
 *
 * @example
 * requirePositiveInteger("buffer", "n", n, "buffer(100)"); // buffer: n 0 is not a positive integer; use e.g. ...
 */
export function requirePositiveInteger(caller: string, name: string, value: unknown, example: string): void {
  if (!isPositiveInteger(value)) {
    throw new StreamError(`${caller}: ${name} ${String(value)} is not a positive integer; use e.g. ${example}`);
  }
}

/**
 * Throws a `StreamError` unless `value` is a finite number of milliseconds above 0.
 *
 * @example
 * requirePositiveMs("rateLimit", "ms", ms, "rateLimit(100)"); // rateLimit: ms 0 is not a positive number of ...
 */
export function requirePositiveMs(caller: string, name: string, value: unknown, example: string): void {
  if (!(Number.isFinite(value) && (value as number) > 0)) {
    throw new StreamError(
      `${caller}: ${name} ${String(value)} is not a positive number of milliseconds; use e.g. ${example}`,
    );
  }
}
