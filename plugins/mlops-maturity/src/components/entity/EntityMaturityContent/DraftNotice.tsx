import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  AssessmentDraft,
  MaturityModel,
  computeScore,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import { formatScore } from '../../../format/formatScore';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { Timestamp } from '../../shared/Timestamp';

/**
 * Tells owners there is an unsubmitted draft and what it would score; the
 * preview is provisional and never counts in the scorecard.
 */
export function DraftNotice(props: {
  draft: AssessmentDraft;
  model: MaturityModel;
  onContinue: () => void;
}) {
  const { draft, model, onContinue } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const preview = computeScore(model, draft.answers);
  const values = {
    author: <EntityRefLink entityRef={draft.author} defaultKind="User" />,
    time: <Timestamp value={draft.updatedAt} compact />,
    answered: String(preview.completeness.answered),
    total: String(preview.completeness.total),
  };
  let summary;
  if (preview.level === null) {
    summary = preview.official
      ? t('draftNotice.unscored', values)
      : t('draftNotice.unscoredProvisional', values);
  } else {
    const scored = {
      ...values,
      score: formatScore(preview.score),
      level: String(preview.level),
    };
    summary = preview.official
      ? t('draftNotice.scored', scored)
      : t('draftNotice.scoredProvisional', scored);
  }
  return (
    <Alert
      severity="info"
      action={
        <Button color="inherit" size="small" onClick={onContinue}>
          {t('draftNotice.continueDraft')}
        </Button>
      }
    >
      {summary}
    </Alert>
  );
}
