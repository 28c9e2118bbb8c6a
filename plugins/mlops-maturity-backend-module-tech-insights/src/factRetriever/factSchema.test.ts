import {
  defaultMaturityModel,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  dimensionAverageFactName,
  mlopsMaturityFactSchema,
} from './factSchema';

describe('mlopsMaturityFactSchema', () => {
  it('has the headline facts and an average per dimension of the model', () => {
    const schema = mlopsMaturityFactSchema(defaultMaturityModel);
    expect(Object.keys(schema)).toEqual([
      'assessed',
      'level',
      'gatedLevel',
      'score',
      'lastAssessedAt',
      'daysSinceAssessment',
      'stale',
      'targetLevel',
      'targetMet',
      'belowTarget',
      'evidenceShare',
      'evidenceSuggestsHigherCount',
      'verifiedLevel',
      'verifiedScore',
      'verificationGapCount',
      'verifiedBelowTarget',
      'peopleProcessAverage',
      'modelDevelopmentAverage',
      'deploymentServingAverage',
      'monitoringOperationsAverage',
    ]);
    expect(schema.modelDevelopmentAverage).toEqual({
      type: 'float',
      description: expect.stringContaining('Model Development'),
      metadata: { dimensionId: 'model-development' },
    });
    for (const fact of Object.values(schema)) {
      expect(fact.description).toBeTruthy();
    }
  });

  it('names dimension facts in camel case', () => {
    expect(dimensionAverageFactName('model-development')).toBe(
      'modelDevelopmentAverage',
    );
    expect(dimensionAverageFactName('data.quality_v2')).toBe(
      'dataQualityV2Average',
    );
    expect(dimensionAverageFactName('security')).toBe('securityAverage');
  });

  it('refuses two dimensions that become the same fact, naming both', () => {
    const model: MaturityModel = {
      ...defaultMaturityModel,
      dimensions: [
        { id: 'data-quality', name: 'Data quality', weight: 0.5 },
        { id: 'data.quality', name: 'Data Quality', weight: 0.5 },
      ],
    };
    expect(() => mlopsMaturityFactSchema(model)).toThrow(
      "MLOps maturity dimensions 'data-quality' and 'data.quality' of model mlops-maturity@",
    );
  });
});
