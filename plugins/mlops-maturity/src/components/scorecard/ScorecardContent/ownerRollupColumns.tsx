import { TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  MaturityModel,
  ScorecardOwnerRollup,
  TeamTrendPoint,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { formatScore } from '../../../format/formatScore';
import { formatPercent, formatShare } from '../../../format/formatShare';
import { levelName } from '../../../format/modelNames';
import { MlopsMaturityTranslation } from '../../../translation';
import { LevelBadge } from '../../shared/LevelBadge';
import { MaturitySparkline } from '../../shared/MaturitySparkline';
import { SuggestsHigherMark } from './SuggestsHigherMark';

/** Nulls (no owner, nothing assessed) sort below every value. */
function byNullable(pick: (r: ScorecardOwnerRollup) => string | number | null) {
  return (a: ScorecardOwnerRollup, b: ScorecardOwnerRollup) => {
    const x = pick(a);
    const y = pick(b);
    if (x === null || y === null) {
      if (x === y) return 0;
      return x === null ? -1 : 1;
    }
    if (x === y) return 0;
    return x < y ? -1 : 1;
  };
}

/**
 * The share of an owner's answers that evidence backs, and how many answers
 * evidence suggests are too low.
 */
function OwnerEvidenceShare(props: {
  owner: ScorecardOwnerRollup;
  t: MlopsMaturityTranslation;
}) {
  const { owner: r, t } = props;
  const higher = r.evidenceSuggestsHigherCount ?? 0;
  const hint = t('ownerRollupTable.suggestsHigherHint', {
    count: higher,
  });
  return (
    <>
      <span data-testid="owner-evidence-share">
        {formatPercent(r.evidenceShare)}
      </span>
      {higher > 0 && (
        <SuggestsHigherMark
          label={t('ownerRollupTable.suggestsHigher', {
            higher: String(higher),
          })}
          hint={hint}
          testId="owner-evidence-suggests-higher"
        />
      )}
    </>
  );
}

/** The owner's lowest verified level, and how many services are verified below their claim. */
function lowestVerifiedColumn(
  t: MlopsMaturityTranslation,
  model: MaturityModel | undefined,
): TableColumn<ScorecardOwnerRollup> {
  return {
    title: (
      <span title={t('scorecardVerified.lowestLevelHint')}>
        {t('scorecardVerified.lowestLevel')}
      </span>
    ),
    field: 'lowestVerifiedLevel',
    // Owners without one (or from a backend without it) sort lowest.
    customSort: byNullable(r => r.lowestVerifiedLevel ?? null),
    render: r => {
      const level = r.lowestVerifiedLevel ?? null;
      const below = r.verifiedBelowClaimedCount ?? 0;
      if (level === null) return '–';
      return (
        <>
          <LevelBadge
            level={level}
            name={levelName(model, level)}
            variant="compact"
          />
          {below > 0 && (
            <SuggestsHigherMark
              label={t('scorecardVerified.belowClaimedMark', {
                below: String(below),
              })}
              hint={t('scorecardVerified.belowClaimedHint', { count: below })}
              testId="owner-verified-below-claimed"
            />
          )}
        </>
      );
    },
  };
}

/** The team's mean score week by week; nothing until the trends load. */
function trendColumn(
  t: MlopsMaturityTranslation,
  trends: Map<string, TeamTrendPoint[]> | undefined,
): TableColumn<ScorecardOwnerRollup> {
  return {
    title: (
      <span title={t('ownerRollupTable.trendHint')}>
        {t('ownerRollupTable.trend')}
      </span>
    ),
    sorting: false,
    render: r =>
      trends && (
        <MaturitySparkline
          points={(trends.get(r.owner ?? '') ?? []).map(p => ({
            date: p.date,
            score: p.meanScore,
          }))}
        />
      ),
  };
}

/** The columns of the per-owner roll-up. */
export function ownerRollupColumns(
  t: MlopsMaturityTranslation,
  model: MaturityModel | undefined,
  trends?: Map<string, TeamTrendPoint[]>,
): TableColumn<ScorecardOwnerRollup>[] {
  return [
    {
      title: t('ownerRollupTable.owner'),
      field: 'owner',
      customSort: byNullable(r => r.owner),
      // Backstage's theme breaks cell text anywhere, and material-table gives
      // every column the same width: with seven columns a team's name would
      // break mid-word ("Recommend-ations"). Words break only if one alone
      // is too wide, as in the ranking.
      cellStyle: { wordBreak: 'normal', overflowWrap: 'break-word' },
      render: r =>
        r.owner ? (
          <EntityRefLink entityRef={r.owner} defaultKind="Group" />
        ) : (
          t('ownerRollupTable.noOwner')
        ),
    },
    {
      title: t('ownerRollupTable.services'),
      field: 'serviceCount',
      type: 'numeric',
    },
    {
      title: t('ownerRollupTable.meanScore'),
      field: 'meanScore',
      type: 'numeric',
      customSort: byNullable(r => r.meanScore),
      render: r => formatScore(r.meanScore),
    },
    trendColumn(t, trends),
    {
      title: t('ownerRollupTable.lowestLevel'),
      field: 'lowestLevel',
      // A service not assessed is below every level: a team with one is
      // as low as it gets, however high its assessed services are.
      customSort: byNullable(r =>
        r.assessedCount < r.serviceCount ? -1 : r.lowestLevel,
      ),
      render: r =>
        r.assessedCount < r.serviceCount ? (
          <>
            <LevelBadge level={null} variant="compact" />{' '}
            {t('ownerRollupTable.notAssessedCount', {
              unassessed: String(r.serviceCount - r.assessedCount),
              services: String(r.serviceCount),
            })}
          </>
        ) : (
          <LevelBadge
            level={r.lowestLevel}
            name={levelName(model, r.lowestLevel)}
            variant="compact"
          />
        ),
    },
    lowestVerifiedColumn(t, model),
    {
      title: t('ownerRollupTable.assessed'),
      field: 'assessedShare',
      type: 'numeric',
      render: r => formatShare(r.assessedCount, r.serviceCount),
    },
    {
      title: t('ownerRollupTable.atTarget'),
      field: 'atTargetShare',
      type: 'numeric',
      // Owners without targets (or from a backend without them) sort lowest.
      customSort: byNullable(r => r.atTargetShare ?? null),
      render: r =>
        r.withTargetCount > 0
          ? t('ownerRollupTable.atTargetValue', {
              met: String(r.atTargetCount),
              total: String(r.withTargetCount),
            })
          : '–',
    },
    {
      title: (
        <span title={t('ownerRollupTable.evidenceBackedHint')}>
          {t('ownerRollupTable.evidenceBacked')}
        </span>
      ),
      field: 'evidenceShare',
      type: 'numeric',
      // Owners without a share (or from a backend without it) sort lowest.
      customSort: byNullable(r => r.evidenceShare ?? null),
      render: r => <OwnerEvidenceShare owner={r} t={t} />,
    },
  ];
}
