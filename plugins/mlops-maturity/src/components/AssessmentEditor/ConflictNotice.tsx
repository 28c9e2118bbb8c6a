import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { CurrentAssessment } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Timestamp } from '../Timestamp';
import { ChangedMeanwhileNotice } from './ChangedMeanwhileNotice';

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
  return (
    <ChangedMeanwhileNotice
      title="The assessment changed while you were editing"
      busy={busy}
      actions={[
        { label: 'Merge my changes onto the latest', onClick: onMerge },
        { label: 'Reload latest, drop my changes', onClick: onReload },
      ]}
    >
      {latest ? (
        <>
          Revision {latest.revision} was submitted by{' '}
          <EntityRefLink entityRef={latest.author} defaultKind="User" />{' '}
          <Timestamp value={latest.createdAt} />.
        </>
      ) : (
        <>Someone else changed the assessment.</>
      )}
    </ChangedMeanwhileNotice>
  );
}
