import { mlopsMaturityEvidenceExtensionPoint } from './extensions';

describe('mlopsMaturityEvidenceExtensionPoint', () => {
  it('has the id the mlops-maturity backend registers it under', () => {
    // Changing the id breaks every module built against an earlier release.
    expect(mlopsMaturityEvidenceExtensionPoint.id).toBe(
      'mlops-maturity.evidence',
    );
  });
});
