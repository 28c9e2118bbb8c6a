import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  AssessmentDraft,
  MaturityModel,
  computeScore,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import { formatScore } from '../../format/formatScore';
import { Timestamp } from '../Timestamp';

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
  const preview = computeScore(model, draft.answers);
  return (
    <Alert
      severity="info"
      action={
        <Button color="inherit" size="small" onClick={onContinue}>
          Continue draft
        </Button>
      }
    >
      Unsubmitted draft saved by{' '}
      <EntityRefLink entityRef={draft.author} defaultKind="User" />{' '}
      <Timestamp value={draft.updatedAt} compact />:{' '}
      {preview.completeness.answered} of {preview.completeness.total} answered
      {preview.level !== null &&
        `, would score ${formatScore(preview.score)} (L${preview.level})`}
      {preview.official ? '' : ' — provisional'}.
    </Alert>
  );
}
