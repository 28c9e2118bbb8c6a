import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { AssessmentDraft } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Timestamp } from '../Timestamp';
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
  return (
    <ChangedMeanwhileNotice
      title="The draft changed while you were editing"
      busy={busy}
      actions={[
        {
          label: latest ? 'Save mine over it' : 'Save mine as a new draft',
          onClick: onOverwrite,
        },
        {
          label: latest
            ? 'Load their draft, drop my changes'
            : 'Drop my changes',
          onClick: onLoad,
        },
      ]}
    >
      {latest ? (
        <>
          Version {latest.version} of the draft was saved by{' '}
          <EntityRefLink entityRef={latest.author} defaultKind="User" />{' '}
          <Timestamp value={latest.updatedAt} />.
        </>
      ) : (
        <>The draft was submitted or discarded by someone else.</>
      )}
    </ChangedMeanwhileNotice>
  );
}
