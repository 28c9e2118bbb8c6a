import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Campaign,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Typography from '@material-ui/core/Typography';
import { describeCampaignGoal } from '../../../format/describeCampaignGoal';
import { mlopsMaturityTranslationRef } from '../../../translation';

/** The campaign's goal, and what meeting it takes. */
export function CampaignGoalValue(props: {
  campaign: Campaign;
  model?: MaturityModel;
  /** The campaign's start, as shown. */
  start: string;
}) {
  const { campaign, model, start } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <>
      <span data-testid="campaign-goal">
        {describeCampaignGoal(campaign.goal, t, model)}
      </span>
      <Typography variant="caption" component="div" color="textSecondary">
        {campaign.goal.kind === 'level'
          ? t('campaignGoal.levelExplanation', {
              level: String(campaign.goal.level),
            })
          : t('campaignGoal.reassessExplanation', { start })}
      </Typography>
    </>
  );
}
