import { expect } from '@playwright/test';
import { queryPluginDatabase } from '../support/postgres';

/** What a writer saw for one PUT. */
export interface WriteOutcome {
  entity: string;
  status: number | 'network-error';
  revision?: number;
  level?: number;
}

/**
 * Checks the invariants of the plugin's tables for some entities: revision
 * numbers 1..N with no gap or duplicate, the current pointer at N with N's
 * numbers, and every acknowledged write stored exactly once as sent.
 */
export async function expectConsistent(
  prefix: string,
  entities: string[],
  outcomes: WriteOutcome[],
) {
  for (const entity of entities) {
    const revisions = await queryPluginDatabase<{
      revision: number;
      score: number;
      level: number;
      answers: string;
    }>(
      prefix,
      'select revision, score, level, answers from mlops_maturity_revisions where entity_ref = $1 order by revision',
      [entity],
    );
    const numbers = revisions.map(r => Number(r.revision));
    expect(numbers, `${entity}: revision numbers`).toEqual(
      numbers.map((_, i) => i + 1),
    );

    const [current] = await queryPluginDatabase(
      prefix,
      'select * from mlops_maturity_current where entity_ref = $1',
      [entity],
    );
    const latest = revisions[revisions.length - 1];
    if (!latest) {
      expect(
        current,
        `${entity}: no revision, so no current row`,
      ).toBeUndefined();
      continue;
    }
    expect(
      Number(current.revision),
      `${entity}: current points at the newest revision`,
    ).toBe(Number(latest.revision));
    expect([Number(current.score), Number(current.level)]).toEqual([
      Number(latest.score),
      Number(latest.level),
    ]);

    const acknowledged = outcomes.filter(
      o => o.entity === entity && o.status === 200,
    );
    const acknowledgedRevisions = acknowledged
      .map(o => o.revision!)
      .sort((a, b) => a - b);
    expect(
      new Set(acknowledgedRevisions).size,
      `${entity}: no revision acknowledged twice`,
    ).toBe(acknowledgedRevisions.length);
    for (const outcome of acknowledged) {
      const stored = revisions.find(
        r => Number(r.revision) === outcome.revision,
      );
      expect(
        stored,
        `${entity}: acknowledged revision ${outcome.revision} is stored`,
      ).toBeDefined();
      expect(JSON.parse(stored!.answers).testing.level).toBe(outcome.level);
    }
  }
}
