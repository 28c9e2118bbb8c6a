import { mockServices } from '@backstage/backend-test-utils';
import {
  AssessmentAnswers,
  computeScore,
  defaultMaturityModel as model,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers as uniform } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { createStores } from './createStores';
import {
  ALL,
  names,
  query,
  SERVICES,
  STALE_BEFORE,
} from '../__testUtils__/scorecardFixtures';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(60_000);

describe('ScorecardHeadlineStore', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('counts the answer raises to the next level, sorts by them with Level 4 after every count, and fills counts stored before they were kept', async () => {
      const knex = await databases.init(databaseId);
      const { assessments, mlServices, scorecard } = await createStores({
        database: mockServices.database({ knex }),
      });
      await mlServices.replaceAll(SERVICES);
      // No answer is raised above the level aimed for. People & Process at
      // 2, the rest at 1: 1.3, and People may not go past 2, so four
      // Development or Deployment raises (0.0625 each). Uniform 1: the three
      // People raises (0.1 each), then four of 0.0625. Uniform 3: the same
      // seven, to Level 4. Uniform 4: no next level.
      const nearly = {
        ...uniform(1),
        'team-collaboration': { level: 2 },
        'deployment-process': { level: 2 },
        'incident-response': { level: 2 },
      } as AssessmentAnswers;
      const answers: Record<string, AssessmentAnswers> = {
        alpha: uniform(3),
        bravo: nearly,
        charlie: uniform(4),
        delta: uniform(1),
      };
      for (const [name, a] of Object.entries(answers)) {
        await assessments.submit({
          entityRef: `component:default/${name}`,
          entityUid: `uid-${name}`,
          baseRevision: null,
          model,
          answers: a,
          result: computeScore(model, a),
          author: 'user:default/someone',
        });
      }
      const raises = (
        rows: Array<{ name: string; raisesToNextLevel: number | null }>,
      ) => rows.map(r => [r.name, r.raisesToNextLevel]);
      const asc = await scorecard.queryScorecard(
        query({ orderBy: 'raisesToNextLevel', order: 'asc' }),
        STALE_BEFORE,
        ALL,
      );
      expect(raises(asc.items)).toEqual([
        ['bravo', 4],
        ['alpha', 7],
        ['delta', 7],
        ['charlie', null],
        ['echo', null],
      ]);
      const desc = await scorecard.queryScorecard(
        query({ orderBy: 'raisesToNextLevel', order: 'desc' }),
        STALE_BEFORE,
        ALL,
      );
      expect(names(desc.items)).toEqual([
        'delta',
        'alpha',
        'bravo',
        'charlie',
        'echo',
      ]);

      // As a database upgraded from the release before: no counts stored.
      for (const table of [
        'mlops_maturity_current',
        'mlops_maturity_entities',
      ]) {
        await knex(table).update({ raises_to_next: null });
      }
      // A hand-written row whose result has another shape is skipped.
      await knex('mlops_maturity_revisions')
        .where({ entity_ref: 'component:default/delta' })
        .update({ result: '{}' });
      expect(await assessments.fillRaisesToNextLevel()).toBe(2);
      await knex('mlops_maturity_revisions')
        .where({ entity_ref: 'component:default/delta' })
        .update({
          result: JSON.stringify(computeScore(model, answers.delta)),
        });
      expect(await assessments.fillRaisesToNextLevel()).toBe(1);
      const filled = await scorecard.queryScorecard(
        query({ orderBy: 'raisesToNextLevel', order: 'asc' }),
        STALE_BEFORE,
        ALL,
      );
      expect(raises(filled.items)).toEqual(raises(asc.items));
      expect(await assessments.fillRaisesToNextLevel()).toBe(0);
    });
  });
});
