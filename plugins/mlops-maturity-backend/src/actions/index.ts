import { createCompareAssessmentRevisionsAction } from './createCompareAssessmentRevisionsAction';
import { createGetEntityMaturityAction } from './createGetEntityMaturityAction';
import { createGetMaturityModelAction } from './createGetMaturityModelAction';
import { createListMlServicesAction } from './createListMlServicesAction';
import { createListPendingReviewsAction } from './createListPendingReviewsAction';
import { createSaveAssessmentDraftAction } from './createSaveAssessmentDraftAction';
import { maturityViews } from './maturityViews';
import { MaturityActionsOptions } from './types';

export type { MaturityActionsOptions } from './types';
export { ACTION_PAGE_LIMIT } from './schemas';

/**
 * Registers the plugin's actions with the actions registry, so that the MCP
 * actions backend (or any actions client) offers them to AI assistants. Each
 * action runs with the caller's own credentials through the same access
 * checks, validation and error messages as the HTTP API: nothing about an
 * entity the caller may not read, and a draft only where the caller may edit.
 * No action submits or decides a review: only people do.
 */
export function registerMaturityActions(options: MaturityActionsOptions) {
  const deps = { ...options, views: maturityViews(options.model) };
  createGetMaturityModelAction(deps);
  createGetEntityMaturityAction(deps);
  createListMlServicesAction(deps);
  createListPendingReviewsAction(deps);
  createCompareAssessmentRevisionsAction(deps);
  createSaveAssessmentDraftAction(deps);
}
