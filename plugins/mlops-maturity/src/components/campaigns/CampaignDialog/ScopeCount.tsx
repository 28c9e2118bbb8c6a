import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { CampaignScope } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Typography from '@material-ui/core/Typography';
import { useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../../api';
import { mlopsMaturityTranslationRef } from '../../../translation';

/** Wait this long after the last change before counting again. */
const SETTLE_MS = 300;

/**
 * How many ML services the scope being chosen holds, counted by the
 * scorecard as the manager sees it, once the scope stops changing.
 */
export function ScopeCount(props: { scope: CampaignScope }) {
  const api = useApi(mlopsMaturityApiRef);
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const key = JSON.stringify(props.scope);
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [key]);
  const count = useAsync(
    async () => (await api.getScorecardSummary(JSON.parse(settled))).totalCount,
    [api, settled],
  );
  if (count.value === undefined) return null;
  return (
    <Typography
      variant="body2"
      color="textSecondary"
      data-testid="campaign-scope-count"
      aria-live="polite"
    >
      {t('campaignDialog.inScope', { count: count.value })}
    </Typography>
  );
}
