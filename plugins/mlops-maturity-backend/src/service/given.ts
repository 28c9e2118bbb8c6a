/**
 * Input, or how to read it. A door that checks the input's shape itself
 * passes a function, so that a caller who may not act is refused before
 * their input is looked at, whatever it holds.
 */
export type Given<T> = T | (() => T);

/** The input itself, read now if it was given as a function. */
export function taken<T>(given: Given<T>): T {
  return typeof given === 'function' ? (given as () => T)() : given;
}
