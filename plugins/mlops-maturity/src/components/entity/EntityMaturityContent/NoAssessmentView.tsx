import { EmptyState } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AssessmentDraft,
  MaturityModel,
  MaturityTarget,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import { ReactNode } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { MaturityTargetCard } from '../MaturityTarget';
import { UpdateAssessmentButton } from './EditAccess';

/**
 * A service not assessed yet: its target, its campaigns, and an invitation
 * to start (or continue) the assessment for those allowed to.
 */
export function NoAssessmentView(props: {
  title: string;
  model: MaturityModel;
  target: MaturityTarget | null;
  draft?: AssessmentDraft;
  canEdit: boolean;
  campaignsCard: ReactNode;
  onEdit: () => void;
}) {
  const { title, model, target, draft, canEdit, campaignsCard } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <>
      {target && (
        <Grid item xs={12}>
          <MaturityTargetCard target={target} model={model} />
        </Grid>
      )}
      {campaignsCard}
      <Grid item xs={12}>
        <EmptyState
          missing="data"
          title={t('entityMaturityContent.noAssessment')}
          description={t('entityMaturityContent.noAssessmentDescription', {
            entity: title,
            model: model.name,
            questions: String(model.questions.length),
          })}
          action={
            canEdit ? (
              <Box>
                <UpdateAssessmentButton
                  label={
                    draft
                      ? t('entityMaturityContent.continueAssessment')
                      : t('entityMaturityContent.startAssessment')
                  }
                  onClick={props.onEdit}
                />
              </Box>
            ) : undefined
          }
        />
      </Grid>
    </>
  );
}
