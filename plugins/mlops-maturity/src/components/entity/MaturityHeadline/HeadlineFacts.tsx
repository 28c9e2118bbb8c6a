import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  CurrentAssessment,
  EvidenceBacking,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Grid from '@material-ui/core/Grid';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { formatScore } from '../../../format/formatScore';
import { formatShare } from '../../../format/formatShare';
import { levelName } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LevelBadge } from '../../shared/LevelBadge';
import { OurAddition } from '../../shared/OurAddition';
import { Timestamp } from '../../shared/Timestamp';

function Fact(props: {
  label: string;
  hint?: string;
  /** Said in view under the value, not on hover: what the fact is and is not. */
  note?: ReactNode;
  children: ReactNode;
}) {
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
      {props.note}
    </Grid>
  );
}

/** The evidence-backed share of the answers, and how many show more. */
function EvidenceFact(props: { evidence: EvidenceBacking }) {
  const { evidence } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Fact
      label={t('maturityHeadline.evidenceBacked')}
      hint={t('maturityHeadline.evidenceBackedHint')}
    >
      <span data-testid="evidence-backed-share">
        {t('maturityHeadline.evidenceBackedValue', {
          share: formatShare(evidence.backedCount, evidence.answeredCount),
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
  );
}

/**
 * The facts below the headline: gated level, lowest dimension, who updated
 * it and when, the model, and the evidence-backed share when shown.
 */
export function HeadlineFacts(props: {
  assessment: CurrentAssessment;
  model: MaturityModel;
  activeModel?: MaturityModel;
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
    <Grid container spacing={2}>
      <Fact
        label={t('maturityHeadline.gatedLevel')}
        note={
          <OurAddition testId="gated-level-note">
            {t('maturityHeadline.gatedLevelHint')}
          </OurAddition>
        }
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
        note={
          <Typography
            variant="caption"
            color="textSecondary"
            component="div"
            data-testid="weakest-dimension-note"
          >
            {t('maturityHeadline.weakestDimensionHint')}
          </Typography>
        }
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
        <EvidenceFact evidence={evidence} />
      )}
    </Grid>
  );
}
