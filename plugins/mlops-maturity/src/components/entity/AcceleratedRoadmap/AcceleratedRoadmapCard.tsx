import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityLevelNumber,
  MaturityModel,
  RoadmapInitiative,
  RoadmapPhase,
  RoadmapTransition,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { dimensionName, modelLevel } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CompactTable, CompactTableColumn } from '../../shared/CompactTable';
import { DimensionTag, OurAddition } from '../../shared/OurAddition';

function Fact(props: { label: string; value?: string }) {
  if (!props.value) return null;
  return (
    <Grid item xs={12} sm={4}>
      <Typography variant="overline" color="textSecondary" component="div">
        {props.label}
      </Typography>
      <Typography variant="body2">{props.value}</Typography>
    </Grid>
  );
}

function PhaseTable(props: { model: MaturityModel; phase: RoadmapPhase }) {
  const { model, phase } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const items = phase.initiatives;
  const columns: CompactTableColumn<RoadmapInitiative>[] = [
    {
      title: t('acceleratedRoadmapCard.when'),
      value: item => item.timeframe ?? phase.timeframe,
      width: '12%',
    },
    { title: t('acceleratedRoadmapCard.what'), value: item => item.name },
    {
      title: t('acceleratedRoadmapCard.moves'),
      value: item => (
        <DimensionTag
          name={dimensionName(model, item.dimensionId)}
          note={item.dimensionNote}
        />
      ),
      width: '24%',
    },
  ];
  // The accelerated path names no tools or success criteria: no empty columns.
  if (items.some(i => i.tools)) {
    columns.push({
      title: t('acceleratedRoadmapCard.tools'),
      value: item => item.tools,
    });
  }
  if (items.some(i => i.successCriteria)) {
    columns.push({
      title: t('acceleratedRoadmapCard.successCriteria'),
      value: item => item.successCriteria,
    });
  }
  return (
    <CompactTable<RoadmapInitiative>
      ariaLabel={`${phase.timeframe}: ${phase.name}`}
      rows={items}
      rowKey={item => `${item.timeframe}-${item.name}`}
      rowTestId="accelerated-roadmap-item"
      columns={columns}
    />
  );
}

/**
 * A roadmap that spans several levels (the accelerated path from Level 0 to
 * Level 3) for a service at `level`: quarters in order, with their weeks,
 * the dimension each item moves, investment and team. Which roadmaps apply
 * to a level: `acceleratedRoadmaps`.
 */
export function AcceleratedRoadmapCard(props: {
  model: MaturityModel;
  roadmap: RoadmapTransition;
  level: MaturityLevelNumber;
}) {
  const { model, roadmap, level } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const target = modelLevel(model, roadmap.to);
  const values = {
    name: roadmap.name ?? t('acceleratedRoadmapCard.defaultName'),
    from: String(roadmap.from),
    to: String(roadmap.to),
  };
  const title = target
    ? t('acceleratedRoadmapCard.titleWithTarget', {
        ...values,
        target: target.name,
      })
    : t('acceleratedRoadmapCard.title', values);
  return (
    <InfoCard title={title} subheader={roadmap.goal}>
      <div data-testid="accelerated-roadmap">
        {roadmap.from < level && (
          <Typography variant="body2" color="textSecondary" paragraph>
            {t('acceleratedRoadmapCard.startsBelow', {
              from: String(roadmap.from),
              level: String(level),
            })}
          </Typography>
        )}
        <Grid container spacing={2}>
          <Fact
            label={t('acceleratedRoadmapCard.duration')}
            value={roadmap.duration}
          />
          <Fact
            label={t('acceleratedRoadmapCard.investment')}
            value={roadmap.investment}
          />
          <Fact label={t('acceleratedRoadmapCard.team')} value={roadmap.team} />
        </Grid>
        {roadmap.phases.map(phase => (
          <Box mt={3} key={`${phase.timeframe}-${phase.name}`}>
            <Typography variant="h6" component="h3" gutterBottom>
              {phase.timeframe}: {phase.name}
            </Typography>
            <PhaseTable model={model} phase={phase} />
          </Box>
        ))}
        <OurAddition>{t('acceleratedRoadmapCard.tagsAreOurs')}</OurAddition>
      </div>
    </InfoCard>
  );
}
