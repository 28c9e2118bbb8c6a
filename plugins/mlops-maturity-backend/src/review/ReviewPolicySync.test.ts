import { mockServices } from '@backstage/backend-test-utils';
import {
  AssessmentAnswers,
  computeScore,
  defaultMaturityModel as model,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { SERVICES } from '../__testUtils__/scorecardFixtures';
import { createStores } from '../database/createStores';
import { createTestDatabases } from '../testUtils';
import { ReviewConfig } from './readReviewConfig';
import { REVIEW_POLICY_META, ReviewPolicySync } from './ReviewPolicySync';

jest.setTimeout(60_000);

const policy = (requiredFromLevel: MaturityLevelNumber): ReviewConfig => ({
  requiredFromLevel,
  exemptions: { requireApproval: false, maxDays: 365 },
});

describe('ReviewPolicySync', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'brings every current revision in step with a changed policy, once, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const stores = await createStores({
        database: mockServices.database({ knex }),
      });
      await stores.mlServices.replaceAll(SERVICES);
      const submit = (
        name: string,
        baseRevision: number | null,
        answers: AssessmentAnswers,
      ) =>
        stores.assessments.submit({
          entityRef: `component:default/${name}`,
          entityUid: `uid-${name}`,
          baseRevision,
          model,
          answers,
          result: computeScore(model, answers),
          author: `user:default/${name}-owner`,
          reviewPolicy: {
            requiredFromLevel: 4,
            exemptionsRequireApproval: false,
          },
        });
      // Under "review from Level 4": alpha's Level 3 answer needs none,
      // bravo's Level 4 one has a request, charlie's earlier Level 3 was
      // replaced by Level 2.
      await submit('alpha', null, {
        ...uniformAnswers(2),
        testing: { level: 3 },
      });
      await submit('bravo', null, {
        ...uniformAnswers(2),
        testing: { level: 4 },
      });
      await submit('charlie', null, {
        ...uniformAnswers(2),
        testing: { level: 3 },
      });
      await submit('charlie', 1, uniformAnswers(2));
      await stores.verified.setVerified(
        ['alpha', 'bravo', 'charlie'].map(name => ({
          entityRef: `component:default/${name}`,
          entityUid: `uid-${name}`,
          revision: name === 'charlie' ? 2 : 1,
          score: 2,
          level: 2,
          gaps: 0,
          until: null,
        })),
      );
      const notifier = { requestsOpened: jest.fn(async () => {}) };
      const sync = (requiredFromLevel: MaturityLevelNumber) =>
        new ReviewPolicySync({
          db: knex,
          reviews: stores.reviews,
          meta: stores.meta,
          review: policy(requiredFromLevel),
          notifier,
          logger: mockServices.logger.mock(),
        });
      const requests = async () =>
        (
          await knex('mlops_maturity_answer_reviews')
            .orderBy('entity_ref')
            .select(
              'entity_ref',
              'question_id',
              'level',
              'requested_revision',
              'requested_by',
            )
        ).map(r => [
          r.entity_ref.split('/')[1],
          r.question_id,
          Number(r.level),
          Number(r.requested_revision),
          r.requested_by,
        ]);

      // Now from Level 3.
      expect(await sync(3).run()).toBe(3);
      expect(await requests()).toEqual([
        ['alpha', 'testing', 3, 1, 'user:default/alpha-owner'],
        ['bravo', 'testing', 4, 1, 'user:default/bravo-owner'],
      ]);
      expect(notifier.requestsOpened).toHaveBeenCalledTimes(1);
      // Every verified figure is marked for the task, still shown.
      const rows = await knex('mlops_maturity_entities')
        .where('assessed', 1)
        .select('verified_revision', 'verified_level');
      expect(
        rows.map(r => [r.verified_revision, Number(r.verified_level)]),
      ).toEqual([
        [null, 2],
        [null, 2],
        [null, 2],
      ]);
      expect(await stores.meta.get(REVIEW_POLICY_META)).toBeDefined();

      // The same policy again: nothing to do.
      expect(await sync(3).run()).toBeUndefined();
      expect(notifier.requestsOpened).toHaveBeenCalledTimes(1);

      // Back to Level 4: alpha's request goes, nothing opens.
      expect(await sync(4).run()).toBe(3);
      expect(await requests()).toEqual([
        ['bravo', 'testing', 4, 1, 'user:default/bravo-owner'],
      ]);
      expect(notifier.requestsOpened).toHaveBeenCalledTimes(1);
    },
  );
});
