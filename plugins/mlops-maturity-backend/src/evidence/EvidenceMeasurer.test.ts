import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  computeScore,
  defaultMaturityModel as model,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { assessmentStores } from '../__testUtils__/assessmentFixtures';
import { createTestDatabases } from '../testUtils';
import { EvidenceMeasurer } from './EvidenceMeasurer';
import { EvidenceService } from './EvidenceService';

jest.setTimeout(60_000);

const RANKER: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'ranker', namespace: 'default', uid: 'uid-ranker' },
  spec: { type: 'ml-service', owner: 'team-a' },
};

describe('EvidenceMeasurer', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'measures the answers just submitted as given, reading none back, on %p',
    async databaseId => {
      const { assessments, headlines } = await assessmentStores(
        databases,
        databaseId,
      );
      // The pipeline shows training at Level 3.
      const evidence = EvidenceService.create({
        config: new ConfigReader({}),
        providers: [
          {
            id: 'pipelines',
            async getSignals() {
              return {
                signals: {
                  'component:default/ranker': [
                    {
                      questionId: 'training-automation',
                      level: 3,
                      title: 'Nightly training',
                    },
                  ],
                },
              };
            },
          },
        ],
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        model,
      });
      const measurer = new EvidenceMeasurer({
        evidence,
        assessments,
        store: headlines,
        model,
      });
      // Stored: every answer at Level 1; the pipeline backs training and
      // shows it higher.
      const stored = uniformAnswers(1);
      await assessments.submit({
        entityRef: 'component:default/ranker',
        entityUid: 'uid-ranker',
        baseRevision: null,
        model,
        answers: stored,
        result: computeScore(model, stored),
        author: 'user:default/olivia',
      });
      // Given: training at Level 3, which the pipeline backs.
      const given = {
        ...uniformAnswers(1),
        'training-automation': { level: 3 as const },
      };
      expect(
        await measurer.measureSubmitted(RANKER, {
          revision: 1,
          answers: given,
        }),
      ).toMatchObject({
        entityRef: 'component:default/ranker',
        revision: 1,
        answered: 15,
        backed: 1,
        higher: 0,
      });
      // What the sync reads back from the store says otherwise.
      const [read] = (await measurer.measure([RANKER])).measurements;
      expect(read).toMatchObject({ backed: 1, higher: 1 });
    },
  );
});
