import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Typography from '@material-ui/core/Typography';
import { CampaignList } from '../../../hooks/useCampaignList';
import { mlopsMaturityTranslationRef } from '../../../translation';

/**
 * The campaigns card's title and, so the folded card still says something,
 * how many campaigns are active and how many of those are past their deadline.
 */
export function CampaignsSectionSummary(props: { active: CampaignList }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const items = props.active.items;
  let line = '';
  if (items) {
    const now = Date.now();
    const overdue = items.filter(
      i => Date.parse(i.campaign.deadline) < now,
    ).length;
    const active = String(items.length);
    if (items.length === 0) line = t('campaignsCard.noneActive');
    else if (overdue > 0)
      line = t('campaignsCard.activeWithOverdue', { active, count: overdue });
    else line = t('campaignsCard.activeCount', { active });
  }
  return (
    <>
      <Typography variant="h6" component="h2">
        {t('campaignsSection.title')}
      </Typography>
      {line && (
        <Typography
          variant="body2"
          color="textSecondary"
          style={{ alignSelf: 'center', marginLeft: 16 }}
        >
          {line}
        </Typography>
      )}
    </>
  );
}
