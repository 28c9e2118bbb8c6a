import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ScorecardQuery } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { formatPercent } from '../../../format/formatShare';
import { mlopsMaturityTranslationRef } from '../../../translation';

export type EvidenceShareRange = Pick<
  ScorecardQuery,
  'evidenceShareMin' | 'evidenceShareMax' | 'evidenceShareBelow'
>;

/**
 * The ranges of the evidence-backed share the filter offers, as the bounds
 * the backend reads; "less than half" stops below half (exclusive), so it
 * meets "half or more" without overlapping.
 */
const EVIDENCE_SHARE_RANGES = {
  all: { evidenceShareMin: 1 },
  halfOrMore: { evidenceShareMin: 0.5 },
  lessThanHalf: { evidenceShareBelow: 0.5 },
  none: { evidenceShareMax: 0 },
} as const satisfies Record<string, EvidenceShareRange>;

type EvidenceShareRangeKey = keyof typeof EVIDENCE_SHARE_RANGES;

function evidenceShareRangeKey(
  range: EvidenceShareRange,
): EvidenceShareRangeKey | 'any' | 'custom' {
  if (
    range.evidenceShareMin === undefined &&
    range.evidenceShareMax === undefined &&
    range.evidenceShareBelow === undefined
  ) {
    return 'any';
  }
  const key = (
    Object.keys(EVIDENCE_SHARE_RANGES) as EvidenceShareRangeKey[]
  ).find(k => {
    const preset: EvidenceShareRange = EVIDENCE_SHARE_RANGES[k];
    return (
      preset.evidenceShareMin === range.evidenceShareMin &&
      preset.evidenceShareMax === range.evidenceShareMax &&
      preset.evidenceShareBelow === range.evidenceShareBelow
    );
  });
  return key ?? 'custom';
}

/**
 * The evidence filter: services by the share of their answers that evidence
 * backs. A range from a hand-edited or shared link that is none of the
 * offered ones stays selected, named by its bounds.
 */
export function EvidenceShareFilterField(props: {
  range: EvidenceShareRange;
  /** Both bounds, undefined to drop one. */
  onChange: (range: EvidenceShareRange) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { evidenceShareMin: min, evidenceShareBelow: below } = props.range;
  const max = props.range.evidenceShareMax;
  const selected = evidenceShareRangeKey(props.range);
  const labels: Record<EvidenceShareRangeKey, string> = {
    all: t('scorecardFilters.evidenceAllBacked'),
    halfOrMore: t('scorecardFilters.evidenceHalfOrMore'),
    lessThanHalf: t('scorecardFilters.evidenceLessThanHalf'),
    none: t('scorecardFilters.evidenceNoneBacked'),
  };
  let customLabel = '';
  if (min !== undefined && max !== undefined) {
    customLabel = t('scorecardFilters.evidenceRange', {
      min: formatPercent(min),
      max: formatPercent(max),
    });
  } else if (min !== undefined) {
    customLabel = t('scorecardFilters.evidenceAtLeast', {
      min: formatPercent(min),
    });
  } else if (max !== undefined) {
    customLabel = t('scorecardFilters.evidenceAtMost', {
      max: formatPercent(max),
    });
  } else if (below !== undefined) {
    customLabel = t('scorecardFilters.evidenceBelow', {
      below: formatPercent(below),
    });
  }
  return (
    <TextField
      id="scorecard-filter-evidence"
      select
      label={t('scorecardFilters.evidence')}
      value={selected}
      onChange={e => {
        const key = e.target.value;
        if (key === 'custom') return;
        const range: EvidenceShareRange =
          key === 'any'
            ? {}
            : EVIDENCE_SHARE_RANGES[key as EvidenceShareRangeKey];
        props.onChange({
          evidenceShareMin: range.evidenceShareMin,
          evidenceShareMax: range.evidenceShareMax,
          evidenceShareBelow: range.evidenceShareBelow,
        });
      }}
      variant="outlined"
      size="small"
      style={{ minWidth: 200, marginRight: 12, marginBottom: 12 }}
    >
      <MenuItem value="any">{t('scorecardFilters.any')}</MenuItem>
      {(Object.keys(labels) as EvidenceShareRangeKey[]).map(key => (
        <MenuItem key={key} value={key}>
          {labels[key]}
        </MenuItem>
      ))}
      {selected === 'custom' && (
        <MenuItem value="custom">{customLabel}</MenuItem>
      )}
    </TextField>
  );
}
