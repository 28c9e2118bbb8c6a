import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { CurrentAssessment } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { ChangedMeanwhileNotice } from './ChangedMeanwhileNotice';
import { SubmittedMeanwhile } from './SubmittedMeanwhile';

/**
 * Shown when a submit was refused because someone else submitted meanwhile:
 * who and when, and the two ways forward.
 */
export function ConflictNotice(props: {
  latest: CurrentAssessment | undefined;
  busy: boolean;
  onMerge: () => void;
  onReload: () => void;
}) {
  const { latest, busy, onMerge, onReload } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <ChangedMeanwhileNotice
      title={t('conflictNotice.title')}
      busy={busy}
      actions={[
        { label: t('conflictNotice.merge'), onClick: onMerge },
        { label: t('conflictNotice.reload'), onClick: onReload },
      ]}
    >
      <SubmittedMeanwhile latest={latest} />
    </ChangedMeanwhileNotice>
  );
}
