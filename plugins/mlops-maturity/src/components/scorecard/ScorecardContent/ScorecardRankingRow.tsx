import { Link } from '@backstage/core-components';
import {
  MaturityModel,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Chip from '@material-ui/core/Chip';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { formatScore } from '../../../format/formatScore';
import { dimensionName, levelName } from '../../../format/modelNames';
import { MlopsMaturityTranslation } from '../../../translation';
import { LevelBadge } from '../../shared/LevelBadge';
import { Timestamp } from '../../shared/Timestamp';
import { EvidenceShare } from './EvidenceShare';
import { RankingEntityLink, RankingLinks } from './RankingEntityLink';
import { useRankingTableStyles } from './rankingTableStyles';
import { TargetStatus } from './TargetStatus';
import { VerifiedLevel } from './VerifiedLevel';

function formatRaises(
  raises: number | null | undefined,
  t: MlopsMaturityTranslation,
): string {
  // Rows from a backend without the field yet have it undefined.
  if (raises === null || raises === undefined) return '–';
  return t('scorecardRankingTable.raises', { count: raises });
}

// Rows from a backend without targets yet have the fields undefined.
function target(item: ScorecardRow) {
  return item.targetLevel !== null && item.targetLevel !== undefined ? (
    <TargetStatus
      level={item.targetLevel}
      met={item.targetMet === true}
      title={item.targetTitle}
    />
  ) : null;
}

function gatedLevel(item: ScorecardRow, t: MlopsMaturityTranslation) {
  return item.gatedLevel === null
    ? '–'
    : t('scorecardRankingTable.gatedLevelValue', {
        level: String(item.gatedLevel),
      });
}

function staleChip(item: ScorecardRow, t: MlopsMaturityTranslation) {
  return (
    item.stale && (
      <Chip
        size="small"
        label={t('scorecardRankingTable.staleChip')}
        color="secondary"
        style={{ margin: 0 }}
      />
    )
  );
}

interface CellProps {
  item: ScorecardRow;
  narrow: boolean;
  t: MlopsMaturityTranslation;
  links: RankingLinks;
}

/** The service's link; narrow, with its system and lifecycle below. */
function ServiceCell(props: CellProps) {
  const { item, narrow, links } = props;
  const classes = useRankingTableStyles();
  return (
    <TableCell className={classes.name}>
      <Link to={`${links.href(item.entityRef)}/maturity`}>
        {item.title ?? item.name}
      </Link>
      {narrow && (
        <Typography
          variant="caption"
          color="textSecondary"
          className={classes.folded}
        >
          <RankingEntityLink
            entityRef={item.system}
            kind="System"
            links={links}
          />
          {' · '}
          {item.lifecycle ?? '–'}
        </Typography>
      )}
    </TableCell>
  );
}

/** The level's badge; narrow, with the verified level, the target and the gated level below. */
function LevelCell(
  props: Omit<CellProps, 'links'> & { model?: MaturityModel },
) {
  const { item, narrow, t, model } = props;
  const classes = useRankingTableStyles();
  return (
    <TableCell className={classes.value}>
      <LevelBadge
        level={item.level}
        name={levelName(model, item.level)}
        variant="compact"
      />
      {/* On the badge's line: a line more would push the ranking below the fold. */}
      {narrow && (
        <span
          className={classes.foldedInline}
          data-testid="verified-cell"
          title={t('scorecardVerified.column')}
        >
          {' '}
          {t('scorecardVerified.foldedMark')}
          <VerifiedLevel item={item} model={model} t={t} />
        </span>
      )}
      {narrow && target(item) && (
        <Typography
          variant="caption"
          color="textSecondary"
          className={classes.folded}
        >
          {t('scorecardRankingTable.target')}: {target(item)}
        </Typography>
      )}
      {narrow && item.gatedLevel !== null && (
        <Typography
          variant="caption"
          color="textSecondary"
          className={classes.folded}
        >
          {t('scorecardRankingTable.gatedLevel')}: {gatedLevel(item, t)}
        </Typography>
      )}
    </TableCell>
  );
}

/**
 * One ranked service. Narrow, the system and lifecycle fold into the
 * service's cell, the target and the gated level into the level's, and the
 * stale mark into the last update's.
 */
export function ScorecardRankingRow(
  props: CellProps & { rank: number; model?: MaturityModel },
) {
  const { item, narrow, t, model, links } = props;
  const classes = useRankingTableStyles();
  return (
    <TableRow data-testid="scorecard-row">
      <TableCell className={classes.value}>{props.rank}</TableCell>
      <ServiceCell item={item} narrow={narrow} t={t} links={links} />
      <TableCell>
        <RankingEntityLink entityRef={item.owner} kind="Group" links={links} />
      </TableCell>
      {!narrow && (
        <TableCell className={classes.wide}>
          <RankingEntityLink
            entityRef={item.system}
            kind="System"
            links={links}
          />
        </TableCell>
      )}
      {!narrow && (
        <TableCell className={classes.wide}>{item.lifecycle ?? '–'}</TableCell>
      )}
      <LevelCell item={item} narrow={narrow} t={t} model={model} />
      {!narrow && (
        <TableCell className={classes.value} data-testid="verified-cell">
          <VerifiedLevel item={item} model={model} t={t} />
        </TableCell>
      )}
      {!narrow && (
        <TableCell className={classes.value}>{target(item)}</TableCell>
      )}
      <TableCell align="right" className={classes.value}>
        {formatScore(item.score)}
      </TableCell>
      <TableCell className={classes.value}>
        {formatRaises(item.raisesToNextLevel, t)}
      </TableCell>
      <TableCell className={classes.value} data-testid="evidence-cell">
        <EvidenceShare item={item} t={t} />
      </TableCell>
      {!narrow && (
        <TableCell className={classes.value}>{gatedLevel(item, t)}</TableCell>
      )}
      <TableCell>
        {item.weakestDimensionId
          ? dimensionName(model, item.weakestDimensionId)
          : '–'}
      </TableCell>
      <TableCell className={classes.value}>
        {item.updatedAt ? <Timestamp value={item.updatedAt} compact /> : '–'}
        {narrow && item.stale && (
          <div className={classes.folded}>{staleChip(item, t)}</div>
        )}
      </TableCell>
      {!narrow && <TableCell>{staleChip(item, t)}</TableCell>}
    </TableRow>
  );
}
