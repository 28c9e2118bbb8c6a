/* eslint-disable no-console */
import { closeSync, openSync, readSync, statSync } from 'node:fs';

/**
 * `backstage-cli package start` restarts the backend when a source file
 * changes. On a machine where others edit the tree at the same time, a step
 * that spans a restart is thrown away and run again, once the backend is
 * ready, and counted.
 */
export class RestartGuard {
  /** How many steps were run again. */
  repeated = 0;

  constructor(
    private readonly logFile: string,
    private readonly baseUrl: string,
  ) {}

  async run<T>(step: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const from = statSync(this.logFile).size;
      try {
        const result = await step();
        if (!this.restartedSince(from)) return result;
      } catch (error) {
        if (attempt >= 5 || !this.restartedSince(from)) throw error;
      }
      this.repeated++;
      console.log('   the backend restarted (a source file changed): again');
      await this.waitUntilReady();
    }
  }

  private restartedSince(offset: number) {
    const fd = openSync(this.logFile, 'r');
    try {
      const size = statSync(this.logFile).size;
      const buffer = Buffer.alloc(Math.max(0, size - offset));
      readSync(fd, buffer, 0, buffer.length, offset);
      return /restarting the development server/.test(buffer.toString());
    } finally {
      closeSync(fd);
    }
  }

  private async waitUntilReady() {
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      await new Promise(r => setTimeout(r, 1000));
      const ok = await fetch(`${this.baseUrl}/.backstage/health/v1/readiness`)
        .then(r => r.ok)
        .catch(() => false);
      if (ok) return;
    }
    throw new Error('the backend did not come back after a restart');
  }
}
