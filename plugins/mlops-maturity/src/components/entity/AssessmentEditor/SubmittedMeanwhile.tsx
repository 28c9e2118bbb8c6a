import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { CurrentAssessment } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { Timestamp } from '../../shared/Timestamp';

/**
 * Who submitted the revision that landed meanwhile, and when ("Revision 5
 * was submitted by … 2 minutes ago"), or that someone else changed it when
 * the latest revision could not be read.
 */
export function SubmittedMeanwhile(props: {
  latest: CurrentAssessment | undefined;
}) {
  const { latest } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <>
      {latest
        ? t('conflictNotice.submittedBy', {
            revision: String(latest.revision),
            author: (
              <EntityRefLink entityRef={latest.author} defaultKind="User" />
            ),
            time: <Timestamp value={latest.createdAt} />,
          })
        : t('conflictNotice.changedBySomeoneElse')}
    </>
  );
}
