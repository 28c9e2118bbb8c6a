import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityLevel,
  MaturityLevelNumber,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import {
  mlopsMaturityMessages,
  mlopsMaturityTranslationRef,
} from '../../translation';
import { LevelBadge } from '../LevelBadge';
import {
  LevelImprovementsTable,
  LevelPainPointsTable,
  RemainingPainPointsList,
  StackList,
} from '../LevelDetails';

type Row = keyof typeof mlopsMaturityMessages.levelComparison.rows;

const ROWS: Array<[Row, (level: MaturityLevel) => ReactNode]> = [
  ['summary', l => l.summary],
  ['keyCharacteristic', l => l.characteristics.keyCharacteristic],
  ['automation', l => l.characteristics.automation],
  ['deployTime', l => l.characteristics.deployTime],
  ['team', l => l.characteristics.teamSize],
  ['stack', l => <StackList stack={l.characteristics.stack} />],
];

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
 * characteristics side by side, what the next level improves and what still
 * hurts at the current one. At Level 4, the current level alone.
 */
export function LevelComparison(props: {
  model: MaturityModel;
  level: MaturityLevelNumber;
}) {
  const { model, level } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const current = model.levels.find(l => l.level === level);
  if (!current) return null;
  const next =
    level < 4 ? model.levels.find(l => l.level === level + 1) : undefined;
  const columns = next ? [current, next] : [current];
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
      <Table size="small" aria-label={t('levelComparison.ariaLabel')}>
        <TableHead>
          <TableRow>
            <TableCell />
            {columns.map((l, i) => (
              <TableCell key={l.level} style={{ width: next ? '42%' : '80%' }}>
                <Typography
                  variant="overline"
                  color="textSecondary"
                  component="div"
                >
                  {i === 0
                    ? t('levelComparison.now')
                    : t('levelComparison.next')}
                </Typography>
                {/* The name beside a bare badge: the headline's badge is the
                    one labelled with the service's level and name. */}
                <Box display="flex" alignItems="center">
                  <LevelBadge level={l.level} />
                  <Box ml={1} component="span">
                    <Typography variant="subtitle2" component="span">
                      {l.name}
                    </Typography>
                  </Box>
                </Box>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {ROWS.map(([row, value]) => (
            <TableRow key={row}>
              <TableCell component="th" scope="row">
                {t(`levelComparison.rows.${row}`)}
              </TableCell>
              {columns.map(l => (
                <TableCell key={l.level}>{value(l)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
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
    </InfoCard>
  );
}
