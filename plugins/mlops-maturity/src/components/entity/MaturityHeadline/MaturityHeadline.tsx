import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  CurrentAssessment,
  EvidenceBacking,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { ReactNode } from 'react';
import { formatScore } from '../../../format/formatScore';
import { formatShare } from '../../../format/formatShare';
import { levelName } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LevelBadge } from '../../shared/LevelBadge';
import { Timestamp } from '../../shared/Timestamp';

function Fact(props: { label: string; hint?: string; children: ReactNode }) {
  const label = (
    <Typography variant="overline" color="textSecondary" component="div">
      {props.label}
    </Typography>
  );
  return (
    <Grid item xs={12} sm={6}>
      {props.hint ? <Tooltip title={props.hint}>{label}</Tooltip> : label}
      <Typography variant="body1" component="div">
        {props.children}
      </Typography>
    </Grid>
  );
}

/**
 * The headline of an entity's current assessment: level, weighted score,
 * gated level, weakest dimension, who updated it and when, staleness, and
 * the evidence-backed share of its answers when evidence is shown.
 */
export function MaturityHeadline(props: {
  assessment: CurrentAssessment;
  /** The model the assessment was answered against. */
  model: MaturityModel;
  /** The active model, to say when the assessment predates it. */
  activeModel?: MaturityModel;
  /** How the answers stand against the evidence; none shows no share. */
  evidence?: EvidenceBacking;
}) {
  const { assessment, model, activeModel, evidence } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { result } = assessment;
  const weakest = result.dimensions.find(
    d => d.dimensionId === result.weakestDimensionId,
  );
  const outdatedModel =
    activeModel &&
    (activeModel.id !== assessment.modelId ||
      activeModel.version !== assessment.modelVersion);
  let weakestText: string = '–';
  if (weakest) {
    weakestText = t('maturityHeadline.weakestDimensionValue', {
      name: weakest.name,
      average: formatScore(weakest.average),
    });
  } else if (result.score !== null) {
    weakestText = t('maturityHeadline.noWeakestDimension');
  }

  return (
    <InfoCard
      title={t('maturityHeadline.title')}
      subheader={t('maturityHeadline.subheader', {
        revision: String(assessment.revision),
      })}
    >
      <Box display="flex" alignItems="center" flexWrap="wrap" mb={2}>
        <Box mr={2}>
          <LevelBadge
            level={result.level}
            name={levelName(model, result.level)}
            size="medium"
          />
        </Box>
        <Typography
          variant="h4"
          component="p"
          aria-label={t('maturityHeadline.weightedScore')}
        >
          {formatScore(result.score)} / 4
        </Typography>
        {!result.official && (
          <Box ml={2}>
            <Tooltip title={t('maturityHeadline.provisionalHint')}>
              <Chip
                label={t('maturityHeadline.provisional')}
                size="small"
                variant="outlined"
              />
            </Tooltip>
          </Box>
        )}
      </Box>
      {assessment.stale && (
        <Box mb={2}>
          <Alert severity="warning">
            {t('maturityHeadline.stale', {
              count: assessment.staleAfterDays,
            })}
          </Alert>
        </Box>
      )}
      <Grid container spacing={2}>
        <Fact
          label={t('maturityHeadline.gatedLevel')}
          hint={t('maturityHeadline.gatedLevelHint')}
        >
          <span data-testid="gated-level">
            <LevelBadge
              level={result.gatedLevel}
              name={levelName(model, result.gatedLevel)}
            />
          </span>
        </Fact>
        <Fact
          label={t('maturityHeadline.weakestDimension')}
          hint={t('maturityHeadline.weakestDimensionHint')}
        >
          <span data-testid="weakest-dimension">{weakestText}</span>
        </Fact>
        <Fact label={t('maturityHeadline.lastUpdated')}>
          <EntityRefLink entityRef={assessment.author} defaultKind="User" />{' '}
          <Timestamp value={assessment.createdAt} />
        </Fact>
        <Fact label={t('maturityHeadline.model')}>
          {model.name} {assessment.modelVersion}
          {outdatedModel && (
            <Typography variant="body2" color="textSecondary">
              {t('maturityHeadline.outdatedModel', {
                version: activeModel!.version,
              })}
            </Typography>
          )}
        </Fact>
        {evidence && evidence.answeredCount > 0 && (
          <Fact
            label={t('maturityHeadline.evidenceBacked')}
            hint={t('maturityHeadline.evidenceBackedHint')}
          >
            <span data-testid="evidence-backed-share">
              {t('maturityHeadline.evidenceBackedValue', {
                share: formatShare(
                  evidence.backedCount,
                  evidence.answeredCount,
                ),
                backed: String(evidence.backedCount),
                answered: String(evidence.answeredCount),
              })}
            </span>
            {evidence.higherLevelCount > 0 && (
              <Typography
                variant="body2"
                color="textSecondary"
                data-testid="evidence-higher-level"
              >
                {t('maturityHeadline.higherLevel', {
                  count: evidence.higherLevelCount,
                })}
              </Typography>
            )}
          </Fact>
        )}
      </Grid>
    </InfoCard>
  );
}
