import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { AssessmentDraft } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { Timestamp } from '../../shared/Timestamp';
import { ChangedMeanwhileNotice } from './ChangedMeanwhileNotice';

/**
 * Shown when a draft save (or discard) was refused because the draft was
 * saved, submitted or discarded by someone else meanwhile: who and when, and
 * the two ways forward.
 */
export function DraftConflictNotice(props: {
  latest: AssessmentDraft | undefined;
  busy: boolean;
  onOverwrite: () => void;
  onLoad: () => void;
}) {
  const { latest, busy, onOverwrite, onLoad } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <ChangedMeanwhileNotice
      title={t('draftConflictNotice.title')}
      busy={busy}
      actions={[
        {
          label: latest
            ? t('draftConflictNotice.saveOver')
            : t('draftConflictNotice.saveAsNew'),
          onClick: onOverwrite,
        },
        {
          label: latest
            ? t('draftConflictNotice.loadTheirs')
            : t('draftConflictNotice.dropMine'),
          onClick: onLoad,
        },
      ]}
    >
      {latest
        ? t('draftConflictNotice.savedBy', {
            version: String(latest.version),
            author: (
              <EntityRefLink entityRef={latest.author} defaultKind="User" />
            ),
            time: <Timestamp value={latest.updatedAt} />,
          })
        : t('draftConflictNotice.submittedOrDiscarded')}
    </ChangedMeanwhileNotice>
  );
}
