import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  computeScore,
  defaultMaturityModel as model,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { AssessmentStore } from '../database/AssessmentStore';
import { createStores } from '../database/createStores';
import { DraftStore } from '../database/DraftStore';

/** An ML service as the assessment stores name it. */
export const ENTITY = {
  entityRef: 'component:default/fraud-scoring-service',
  entityUid: 'uid-1',
};
/** The same ref, registered again after the first entity was deleted. */
export const RECREATED = { ...ENTITY, entityUid: 'uid-2' };

/** The plugin's stores on a fresh database of the kind named. */
export async function assessmentStores(
  databases: TestDatabases,
  databaseId: Parameters<TestDatabases['init']>[0],
) {
  const knex = await databases.init(databaseId);
  const stores = await createStores({
    database: mockServices.database({ knex }),
  });
  return { knex, ...stores };
}

/** Submits every answer at one level, based on `baseRevision`. */
export const submitUniform = (
  store: AssessmentStore,
  baseRevision: number | null,
  level: MaturityLevelNumber,
  author = 'user:default/alan',
  id = ENTITY,
) =>
  store.submit({
    ...id,
    baseRevision,
    model,
    answers: uniformAnswers(level),
    result: computeScore(model, uniformAnswers(level)),
    author,
  });

/** Saves a one-answer draft, based on `draftVersion`. */
export const saveDraft = (
  drafts: DraftStore,
  draftVersion: number | null,
  author = 'user:default/alan',
  id = ENTITY,
) =>
  drafts.saveDraft({
    ...id,
    draftVersion,
    modelId: model.id,
    modelVersion: model.version,
    baseRevision: null,
    answers: { testing: { level: 1 } },
    author,
  });
