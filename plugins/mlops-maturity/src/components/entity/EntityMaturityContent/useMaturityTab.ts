import { usePermission } from '@backstage/plugin-permission-react';
import { mlopsMaturityAssessmentUpdatePermission } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useState } from 'react';
import { useEntityEvidence } from '../../../hooks/useEntityEvidence';
import { useEntityCampaigns } from '../EntityCampaignsCard';
import { useEntityVerification } from '../Verification';
import { useEntityDraft } from './useEntityDraft';
import { useEntityMaturity } from './useEntityMaturity';

/**
 * What the Maturity tab loads for an entity: whether the user may update its
 * assessment, the assessment with its model and target, the draft (for
 * those who may update), its campaigns, evidence and verification; and what
 * to reload
 * after a submission of the tab's own.
 */
export function useMaturityTab(entityRef: string) {
  const permission = usePermission({
    permission: mlopsMaturityAssessmentUpdatePermission,
    resourceRef: entityRef,
  });
  const canEdit = permission.allowed;
  const data = useEntityMaturity(entityRef);
  const drafts = useEntityDraft(entityRef, canEdit);
  const [submissions, setSubmissions] = useState(0);
  // Loaded beside the rest, so the tab does not wait for it; a submission
  // may complete a campaign, so it reloads.
  const campaigns = useEntityCampaigns(entityRef, submissions);
  // Once per view, beside the rest: evidence does not change with answers.
  const signals = useEntityEvidence(entityRef);
  // Once the revision shown is known, anew for each one; none for a
  // service not assessed, nor from a backend that predates verified levels.
  const verification = useEntityVerification(
    entityRef,
    data.value?.current?.revision,
    submissions,
  );
  /** After a submission: the level, history, trend and campaigns anew. */
  const afterSubmission = () => {
    setSubmissions(n => n + 1);
    data.reload();
  };
  return {
    permission,
    canEdit,
    data,
    drafts,
    submissions,
    campaigns,
    signals,
    verification,
    afterSubmission,
  };
}
