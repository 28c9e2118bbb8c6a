import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  EntityRefLink,
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  MaturityModel,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import { levelName } from '../../../format/modelNames';
import { LevelBadge } from '../../shared/LevelBadge';
import { Timestamp } from '../../shared/Timestamp';

// Names wrap between words, never inside one (Backstage's theme breaks
// table text anywhere); cells are tighter than the theme's.
const useStyles = makeStyles({
  nowrap: { whiteSpace: 'nowrap' },
});

/** One service still to meet the goal, linking to its Maturity tab. */
export function RemainingServiceRow(props: {
  item: ScorecardRow;
  model?: MaturityModel;
}) {
  const { item, model } = props;
  const classes = useStyles();
  const entityRoute = useRouteRef(entityRouteRef);
  return (
    <TableRow data-testid="remaining-row">
      <TableCell>
        <Link to={`${entityRoute(entityRouteParams(item.entityRef))}/maturity`}>
          {item.title ?? item.name}
        </Link>
      </TableCell>
      <TableCell>
        {item.owner ? (
          <EntityRefLink entityRef={item.owner} defaultKind="Group" />
        ) : (
          '–'
        )}
      </TableCell>
      <TableCell className={classes.nowrap}>
        <LevelBadge
          level={item.level}
          name={levelName(model, item.level)}
          variant="compact"
        />
      </TableCell>
      <TableCell>
        {item.updatedAt ? <Timestamp value={item.updatedAt} compact /> : '–'}
      </TableCell>
    </TableRow>
  );
}
