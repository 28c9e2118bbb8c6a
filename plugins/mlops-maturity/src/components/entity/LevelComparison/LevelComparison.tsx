import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityLevel,
  MaturityLevelNumber,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { modelLevel } from '../../../format/modelNames';
import {
  mlopsMaturityMessages,
  mlopsMaturityTranslationRef,
} from '../../../translation';
import { CompactTable } from '../../shared/CompactTable';
import { LevelBadge } from '../../shared/LevelBadge';
import {
  LevelImprovementsTable,
  LevelPainPointsTable,
  RemainingPainPointsList,
  StackList,
} from '../../shared/LevelDetails';
import { LevelComparisonFolds } from './LevelComparisonFolds';

type Row = keyof typeof mlopsMaturityMessages.levelComparison.rows;

/** A row of the comparison: what it shows of each level. */
type ComparisonRow = [Row, (level: MaturityLevel) => ReactNode];

const ROWS: ComparisonRow[] = [
  ['summary', l => l.summary],
  ['keyCharacteristic', l => l.characteristics.keyCharacteristic],
  ['automation', l => l.characteristics.automation],
  ['deployTime', l => l.characteristics.deployTime],
  ['team', l => l.characteristics.teamSize],
  ['uptime', l => l.characteristics.uptime ?? '–'],
  ['stack', l => <StackList stack={l.characteristics.stack} />],
];

/** A level's column heading: now or next, its badge and its name. */
function LevelHeading(props: { level: MaturityLevel; isNext: boolean }) {
  const { level, isNext } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <>
      <Typography variant="overline" color="textSecondary" component="div">
        {isNext ? t('levelComparison.next') : t('levelComparison.now')}
      </Typography>
      {/* The name beside a bare badge: the headline's badge is the one
          labelled with the service's level and name. */}
      <Box display="flex" alignItems="center">
        <LevelBadge level={level.level} />
        <Box ml={1} component="span">
          <Typography variant="subtitle2" component="span">
            {level.name}
          </Typography>
        </Box>
      </Box>
    </>
  );
}

function Section(props: { title: string; children: ReactNode }) {
  return (
    <Box mt={3}>
      <Typography variant="h6" gutterBottom>
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}

/**
 * What the service's level means beside the next one: their
 * characteristics side by side, what the next level improves, what still
 * hurts at the current one, and the rest of what the reference says about
 * both, folded. At Level 4, the current level alone.
 */
export function LevelComparison(props: {
  model: MaturityModel;
  level: MaturityLevelNumber;
}) {
  const { model, level } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const current = modelLevel(model, level);
  if (!current) return null;
  const next = level < 4 ? modelLevel(model, level + 1) : undefined;
  const levels = next ? [current, next] : [current];
  const hasPains =
    (current.painPoints ?? []).length > 0 ||
    (current.remainingPainPoints ?? []).length > 0;

  return (
    <InfoCard
      title={
        next
          ? t('levelComparison.title', {
              level: String(current.level),
              next: String(next.level),
            })
          : t('levelComparison.titleTopLevel', {
              level: String(current.level),
              name: current.name,
            })
      }
      subheader={
        next
          ? t('levelComparison.subheader', {
              name: current.name,
              nextName: next.name,
            })
          : t('levelComparison.subheaderTopLevel')
      }
    >
      <CompactTable<ComparisonRow>
        ariaLabel={t('levelComparison.ariaLabel')}
        rows={ROWS.filter(
          ([row]) =>
            row !== 'uptime' || levels.some(l => l.characteristics.uptime),
        )}
        rowKey={([row]) => row}
        columns={[
          {
            value: ([row]) => t(`levelComparison.rows.${row}`),
            rowHeader: true,
          },
          ...levels.map((l, i) => ({
            title: <LevelHeading level={l} isNext={i > 0} />,
            value: ([, value]: ComparisonRow) => value(l),
            width: next ? '42%' : '80%',
          })),
        ]}
      />
      {next && (next.improvementsOverPrevious ?? []).length > 0 && (
        <Section
          title={t('levelComparison.whatChanges', {
            level: String(next.level),
          })}
        >
          <LevelImprovementsTable level={next} />
        </Section>
      )}
      {next && hasPains && (
        <Section
          title={
            current.remainingPainPoints
              ? t('levelComparison.stillPainful', {
                  level: String(current.level),
                })
              : t('levelComparison.painPoints', {
                  level: String(current.level),
                })
          }
        >
          <LevelPainPointsTable level={current} />
          <RemainingPainPointsList level={current} />
        </Section>
      )}
      <Box mt={3}>
        <LevelComparisonFolds levels={levels} />
      </Box>
    </InfoCard>
  );
}
