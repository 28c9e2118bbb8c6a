import { ScorecardRow } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { formatPercent } from '../../../format/formatShare';
import { MlopsMaturityTranslation } from '../../../translation';
import { SuggestsHigherMark } from './SuggestsHigherMark';

/**
 * The share of the answers that evidence backs, with the counts as its
 * tooltip, and how many answers evidence suggests are too low.
 */
export function EvidenceShare(props: {
  item: ScorecardRow;
  t: MlopsMaturityTranslation;
}) {
  const { item, t } = props;
  // Rows from a backend without the fields yet have them undefined.
  const share = item.evidenceShare ?? null;
  const backed = item.evidenceBackedCount ?? null;
  const answered = item.evidenceAnsweredCount ?? null;
  const higher = item.evidenceSuggestsHigherCount ?? 0;
  if (share === null) return <>–</>;
  const higherHint = t('scorecardRankingTable.suggestsHigherHint', {
    count: higher,
  });
  return (
    <>
      <span
        data-testid="evidence-share"
        title={
          backed !== null && answered !== null
            ? t('scorecardRankingTable.evidenceBacked', {
                backed: String(backed),
                count: answered,
              })
            : undefined
        }
      >
        {formatPercent(share)}
      </span>
      {higher > 0 && (
        <SuggestsHigherMark
          label={t('scorecardRankingTable.suggestsHigher', {
            higher: String(higher),
          })}
          hint={higherHint}
          testId="evidence-suggests-higher"
        />
      )}
    </>
  );
}
