import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  ScorecardQuery,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { BooleanFilterField } from './BooleanFilterField';
import { LevelFilterField } from './LevelFilterField';

/**
 * The verified level's filters, beside the Level filter: any of the verified
 * levels, and whether the verified level is below the claimed one.
 */
export function VerifiedFilterFields(props: {
  query: ScorecardQuery;
  model?: MaturityModel;
  onChange: (change: Partial<ScorecardQuery>) => void;
}) {
  const { query, model, onChange } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <>
      <LevelFilterField
        id="scorecard-filter-verified-level"
        label={t('scorecardVerified.filterLevel')}
        levels={query.verifiedLevel}
        minWidth={160}
        model={model}
        onChange={verifiedLevel => onChange({ verifiedLevel })}
      />
      <BooleanFilterField
        id="scorecard-filter-verified-below-claimed"
        label={t('scorecardVerified.filterBelowClaimed')}
        value={query.verifiedBelowClaimed}
        trueLabel={t('scorecardVerified.belowClaimed')}
        falseLabel={t('scorecardVerified.asClaimed')}
        minWidth={160}
        onChange={verifiedBelowClaimed => onChange({ verifiedBelowClaimed })}
      />
    </>
  );
}
