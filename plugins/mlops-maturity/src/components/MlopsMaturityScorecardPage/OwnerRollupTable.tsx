import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  MaturityModel,
  ScorecardOwnerRollup,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { formatScore } from '../../format/formatScore';
import { formatShare } from '../../format/formatShare';
import { LevelBadge } from '../LevelBadge';
import { levelName } from '../../format/modelNames';

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

/** Per-owner roll-up of the filtered view, sortable in the browser. */
export function OwnerRollupTable(props: {
  owners: ScorecardOwnerRollup[];
  model?: MaturityModel;
}) {
  const columns: TableColumn<ScorecardOwnerRollup>[] = [
    {
      title: 'Owner',
      field: 'owner',
      customSort: byNullable(r => r.owner),
      render: r =>
        r.owner ? (
          <EntityRefLink entityRef={r.owner} defaultKind="Group" />
        ) : (
          'No owner'
        ),
    },
    { title: 'Services', field: 'serviceCount', type: 'numeric' },
    {
      title: 'Mean score',
      field: 'meanScore',
      type: 'numeric',
      customSort: byNullable(r => r.meanScore),
      render: r => formatScore(r.meanScore),
    },
    {
      title: 'Lowest level',
      field: 'lowestLevel',
      customSort: byNullable(r => r.lowestLevel),
      render: r => (
        <LevelBadge
          level={r.lowestLevel}
          name={levelName(props.model, r.lowestLevel)}
          variant="compact"
        />
      ),
    },
    {
      title: 'Assessed',
      field: 'assessedShare',
      type: 'numeric',
      render: r => formatShare(r.assessedCount, r.serviceCount),
    },
  ];
  return (
    <Table<ScorecardOwnerRollup>
      title="Teams"
      subtitle="Per owner, for the services matching the filters"
      columns={columns}
      data={props.owners.map(o => ({ ...o }))}
      options={{
        search: false,
        paging: props.owners.length > 20,
        pageSize: 20,
        padding: 'dense',
      }}
    />
  );
}
