/**
 * At most `max` scorecard exports at once on this backend instance: an
 * export is long (the whole scorecard as CSV) and its reader sets its pace,
 * so a burst of them must not take the instance's CPU and memory from every
 * other request.
 */
export class ExportSlots {
  private inUse = 0;

  constructor(readonly max: number) {}

  /** A slot and the function that gives it back (once), or undefined when all are taken. */
  tryTake(): (() => void) | undefined {
    if (this.inUse >= this.max) return undefined;
    this.inUse += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inUse -= 1;
    };
  }
}
