import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Read the assessment, history and scorecard row of one catalog entity. A
 * resource permission on the entity, so a policy can hide the assessments of
 * some services while the entities stay visible; it only ever narrows what
 * `catalog.entity.read` allows.
 *
 * @public
 */
export const mlopsMaturityAssessmentReadPermission = createPermission({
  name: 'mlops.maturity.assessment.read',
  attributes: { action: 'read' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Submit an assessment or edit the draft of one catalog entity. A resource
 * permission on the entity, so a policy can allow owners only with the
 * catalog's `isEntityOwner` rule.
 *
 * @public
 */
export const mlopsMaturityAssessmentUpdatePermission = createPermission({
  name: 'mlops.maturity.assessment.update',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Review the answers of one catalog entity's assessment: approve or reject
 * an answer that needs a second pair of eyes, or a "not applicable"
 * exemption (see the verified level). A resource permission on the entity,
 * so a policy can keep a service's own owners from reviewing it.
 *
 * @public
 */
export const mlopsMaturityAssessmentReviewPermission = createPermission({
  name: 'mlops.maturity.assessment.review',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Administer the plugin's stored data: purge an entity's assessments (all
 * revisions, its draft and its scorecard row).
 *
 * @public
 */
export const mlopsMaturityAdminPermission = createPermission({
  name: 'mlops.maturity.admin',
  attributes: { action: 'delete' },
});

/**
 * Create, change and close maturity campaigns. Reading campaigns needs no
 * more than reading the scorecard, and their progress counts only the
 * services the reader may see.
 *
 * @public
 */
export const mlopsMaturityCampaignManagePermission = createPermission({
  name: 'mlops.maturity.campaign.manage',
  attributes: { action: 'update' },
});

/**
 * Every permission of the plugin, for registration with the permission
 * framework.
 *
 * @public
 */
export const mlopsMaturityPermissions = [
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityAssessmentUpdatePermission,
  mlopsMaturityAssessmentReviewPermission,
  mlopsMaturityAdminPermission,
  mlopsMaturityCampaignManagePermission,
];
