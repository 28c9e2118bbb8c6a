/**
 * The MLOps maturity model, its scoring and roadmaps, permissions and API
 * types, shared by the mlops-maturity frontend and backend plugins.
 *
 * @packageDocumentation
 */

export * from './model/types';
export { defaultMaturityModel } from './model/defaultModel';
export {
  InvalidMaturityModelError,
  resolveMaturityModel,
} from './model/resolveMaturityModel';
export { validateMaturityModel } from './model/validateMaturityModel';
export type { MaturityModelOverride } from './model/resolveMaturityModel';
export * from './answers/types';
export { validateAnswers } from './answers/validateAnswers';
export type {
  AnswerIssue,
  AnswerIssueCode,
  ValidateAnswersOptions,
} from './answers/validateAnswers';
export { computeScore } from './scoring/computeScore';
export { truncateScore } from './scoring/truncateScore';
export { LEVEL_BOUNDARIES, levelBand } from './scoring/levelBands';
export type {
  DimensionResult,
  MaturityResult,
  QuestionResult,
} from './scoring/computeScore';
export { nextLevelRoadmap } from './roadmap/nextLevelRoadmap';
export { roadmapsFrom } from './roadmap/roadmapsFrom';
export type {
  NextLevelRoadmap,
  QuestionGap,
  RoadmapPriority,
  RoadmapStep,
} from './roadmap/nextLevelRoadmap';
export { answersToLevel, raisesToNextLevel } from './roadmap/answersToLevel';
export type { AnswerRaise, LevelPath } from './roadmap/answersToLevel';
export { actionPriority, nextBestActions } from './roadmap/nextBestActions';
export * from './permissions';
export * from './mlServices';
export * from './api';
export * from './campaigns';
export * from './evidence';
export * from './evidence/evidenceBacking';
export * from './verification';
export {
  CAMPAIGN_SCOPE_FIELDS,
  CAMPAIGN_SCOPE_REF_KINDS,
  MAX_CAMPAIGN_DAYS,
  MAX_CAMPAIGN_DESCRIPTION_LENGTH,
  MAX_CAMPAIGN_TITLE_LENGTH,
  campaignScheduleProblems,
  campaignTextProblems,
} from './campaigns/campaignRules';
export type {
  CampaignProblem,
  CampaignScopeField,
} from './campaigns/campaignRules';
export {
  SCORECARD_FILTER_FIELDS,
  SCORECARD_FILTER_PARAMS,
  SCORECARD_PAGING,
  SCORECARD_SHARE_PATTERN,
  formatScorecardQuery,
  parseScorecardQuery,
  scorecardQueryFilters,
  scorecardQueryProblems,
} from './scorecard/scorecardQueryParams';
export type {
  ScorecardFilterField,
  ScorecardFilterParam,
  ScorecardQueryInput,
  ScorecardQueryProblem,
} from './scorecard/scorecardQueryParams';
export {
  SCORECARD_TREND_INTERVALS,
  SCORECARD_TREND_MAX_DAYS,
} from './scorecard/scorecardTrend';
export type {
  ScorecardTrendInterval,
  ScorecardTrendPoint,
  ScorecardTrendQuery,
  ScorecardTrendResponse,
} from './scorecard/scorecardTrend';
export type {
  ServiceTrendPoint,
  ServiceTrendResponse,
  TeamTrendPoint,
  TeamTrendResponse,
  TrendRange,
} from './scorecard/serviceTrend';
export * from './client';
