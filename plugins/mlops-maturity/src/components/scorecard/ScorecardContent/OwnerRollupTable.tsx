import { Table } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  ScorecardOwnerRollup,
  ScorecardQuery,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useRef } from 'react';
import { useAfterFirstPaint } from '../../../hooks/useAfterFirstPaint';
import { useSeen } from '../../../hooks/useSeen';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { ownerRollupColumns } from './ownerRollupColumns';
import { useTeamTrend } from './useTeamTrend';

/**
 * Per-owner roll-up of the filtered view, sortable in the browser, each
 * team with its mean score over the last 90 days (one request for all,
 * once the table is scrolled to). It renders a frame after it mounts: it
 * usually arrives with the ranking, below which it sits, and its
 * material-table would otherwise hold back the ranking's first paint.
 */
export function OwnerRollupTable(props: {
  owners: ScorecardOwnerRollup[];
  model?: MaturityModel;
  /** The scorecard's query: its filters select the teams' services. */
  query: ScorecardQuery;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  // Below the ranking: the teams' trend is asked for once scrolled to.
  const ref = useRef<HTMLDivElement>(null);
  const trends = useTeamTrend(props.query, useSeen(ref));
  const painted = useAfterFirstPaint();
  const columns = ownerRollupColumns(t, props.model, trends);
  return (
    <div data-testid="owner-rollup" ref={ref}>
      {painted && (
        <Table<ScorecardOwnerRollup>
          title={t('ownerRollupTable.title')}
          subtitle={t('ownerRollupTable.subtitle')}
          columns={columns}
          // material-table keeps a row's state by its id: the owner's ref
          // (one row has none: the services without an owner).
          data={props.owners.map(o => ({ ...o, id: o.owner ?? '' }))}
          options={{
            search: false,
            paging: props.owners.length > 20,
            pageSize: 20,
            padding: 'dense',
          }}
        />
      )}
    </div>
  );
}
