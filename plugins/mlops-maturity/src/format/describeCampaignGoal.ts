import {
  CampaignGoal,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { MlopsMaturityTranslation } from '../translation';
import { levelName } from './modelNames';

/** A campaign's goal in a few words: "Reach Level 2 (Automated Training)", "Reassess". */
export function describeCampaignGoal(
  goal: CampaignGoal,
  t: MlopsMaturityTranslation,
  model?: MaturityModel,
): string {
  if (goal.kind === 'reassess') return t('campaignGoal.reassess');
  const name = levelName(model, goal.level);
  return name
    ? t('campaignGoal.levelWithName', { level: String(goal.level), name })
    : t('campaignGoal.level', { level: String(goal.level) });
}
