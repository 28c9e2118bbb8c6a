import { MlopsMaturityApi } from '../api';
import { testModel } from './maturityFixtures';

/**
 * A test double of the API: every method is a jest mock, with harmless
 * defaults (the default model, no assessment, no draft, no history).
 */
export function fakeMlopsMaturityApi(
  overrides: Partial<MlopsMaturityApi> = {},
): jest.Mocked<MlopsMaturityApi> {
  return {
    getModel: jest.fn(async () => testModel),
    getModelVersion: jest.fn(async () => testModel),
    getAssessment: jest.fn(async () => undefined),
    submitAssessment: jest.fn(),
    getHistory: jest.fn(async () => []),
    getRevision: jest.fn(),
    getDraft: jest.fn(async () => undefined),
    saveDraft: jest.fn(),
    deleteDraft: jest.fn(async () => undefined),
    getScorecard: jest.fn(),
    exportScorecard: jest.fn(),
    ...overrides,
  } as jest.Mocked<MlopsMaturityApi>;
}
