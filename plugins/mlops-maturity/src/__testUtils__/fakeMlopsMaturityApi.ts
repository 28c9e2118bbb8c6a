import { MlopsMaturityApi } from '../api';
import { ENTITY_REF, testModel } from './maturityFixtures';

/**
 * A test double of the API: every method is a jest mock, with harmless
 * defaults (the default model, no assessment, no draft, no history, no
 * target, no evidence, no campaigns, no verification, an empty review
 * queue).
 */
export function fakeMlopsMaturityApi(
  overrides: Partial<MlopsMaturityApi> = {},
): jest.Mocked<MlopsMaturityApi> {
  return {
    getModel: jest.fn(async () => testModel),
    getModelVersion: jest.fn(async () => testModel),
    getAssessment: jest.fn(async () => undefined),
    getTarget: jest.fn(async () => null),
    getEvidence: jest.fn(async () => ({ signals: [] })),
    submitAssessment: jest.fn(),
    getHistory: jest.fn(async () => []),
    getRevision: jest.fn(),
    getDraft: jest.fn(async () => undefined),
    saveDraft: jest.fn(),
    deleteDraft: jest.fn(async () => undefined),
    getScorecard: jest.fn(),
    getScorecardPage: jest.fn(),
    getScorecardSummary: jest.fn(),
    exportScorecard: jest.fn(),
    getScorecardTrend: jest.fn(async query => ({
      from: query.from ?? '2026-09-01',
      to: query.to ?? '2026-11-30',
      interval: query.interval ?? 'day',
      points: [],
    })),
    exportScorecardTrend: jest.fn(),
    getTeamTrend: jest.fn(async query => ({
      from: query.from ?? '2026-09-01',
      to: query.to ?? '2026-11-30',
      interval: query.interval ?? 'week',
      teams: [],
    })),
    getServiceTrend: jest.fn(async (entityRef, range = {}) => ({
      entityRef: String(entityRef),
      from: range.from ?? '2026-09-01',
      to: range.to ?? '2026-11-30',
      interval: range.interval ?? 'day',
      points: [],
    })),
    listCampaigns: jest.fn(async () => ({ items: [] })),
    getCampaign: jest.fn(),
    createCampaign: jest.fn(),
    updateCampaign: jest.fn(),
    closeCampaign: jest.fn(),
    getCampaignHistory: jest.fn(async () => ({ inScope: 0, points: [] })),
    getEntityCampaigns: jest.fn(async () => ({ items: [] })),
    getVerification: jest.fn(async () => undefined),
    getReviewQueue: jest.fn(async () => ({ items: [] })),
    decideReview: jest.fn(),
    ...overrides,
  } as jest.Mocked<MlopsMaturityApi>;
}

/**
 * A `saveDraft` that stores what it is given, as the backend does: the next
 * version, the active model, Ada as the author.
 */
export function echoingSaveDraft(): MlopsMaturityApi['saveDraft'] {
  return jest.fn(async (_ref, { draftVersion, ...request }) => ({
    entityRef: ENTITY_REF,
    version: (draftVersion ?? 0) + 1,
    modelId: testModel.id,
    modelVersion: testModel.version,
    author: 'user:default/ada',
    updatedAt: '2024-05-03T00:00:00Z',
    ...request,
  }));
}
