import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  CurrentAssessment,
  EvidenceBacking,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import { ReactNode } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { HeadlineFacts } from './HeadlineFacts';
import { HeadlineScore } from './HeadlineScore';

/**
 * The headline of an entity's current assessment: level, weighted score,
 * its score over time, gated level, weakest dimension, who updated it and when, staleness, and
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
  /** The claimed and verified level side by side, below the score. */
  verification?: ReactNode;
  /** The level over time, below the score. */
  trend?: ReactNode;
}) {
  const { assessment, model, activeModel, evidence, trend } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { result } = assessment;

  return (
    <InfoCard
      title={t('maturityHeadline.title')}
      subheader={t('maturityHeadline.subheader', {
        revision: String(assessment.revision),
      })}
    >
      <HeadlineScore result={result} model={model} />
      {props.verification}
      {trend}
      {assessment.stale && (
        <Box mb={2}>
          <Alert severity="warning">
            {t('maturityHeadline.stale', {
              count: assessment.staleAfterDays,
            })}
          </Alert>
        </Box>
      )}
      <HeadlineFacts
        assessment={assessment}
        model={model}
        activeModel={activeModel}
        evidence={evidence}
      />
    </InfoCard>
  );
}
