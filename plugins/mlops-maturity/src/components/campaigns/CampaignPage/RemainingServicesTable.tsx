import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  ScorecardQuery,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../../api';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { RemainingServicesPage } from './RemainingServicesPage';
import { LoadError } from '../../shared/LoadError';

const PAGE_SIZE = 25;

/**
 * The services in a campaign's scope that do not meet its goal yet, a page
 * at a time from the scorecard (`campaign=<id>&campaignDone=false`), each
 * linking to its Maturity tab.
 */
export function RemainingServicesTable(props: {
  campaignId: string;
  /** How many remain, from the campaign's progress: the pager's total. */
  remaining: number;
  model?: MaturityModel;
  /** Changes when the campaign was reloaded, to reload the page too. */
  refreshKey?: string;
}) {
  const { campaignId, remaining, model } = props;
  const api = useApi(mlopsMaturityApiRef);
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const [paging, setPaging] = useState<
    Pick<ScorecardQuery, 'offset' | 'cursor'>
  >({ offset: 0 });
  const page = useAsync(
    () =>
      api.getScorecardPage({
        campaign: campaignId,
        campaignDone: false,
        orderBy: 'name',
        order: 'asc',
        limit: PAGE_SIZE,
        ...paging,
      }),
    [api, campaignId, paging, props.refreshKey],
  );

  let body;
  if (page.error) {
    body = <LoadError error={page.error} />;
  } else if (!page.value) {
    body = <Progress />;
  } else if (page.value.offset === 0 && page.value.items.length === 0) {
    body = (
      <Box p={2}>
        <Typography variant="body2" color="textSecondary">
          {t('campaignPage.noRemaining')}
        </Typography>
      </Box>
    );
  } else {
    body = (
      <RemainingServicesPage
        page={page.value}
        pageSize={PAGE_SIZE}
        remaining={remaining}
        model={model}
        onPageChange={setPaging}
      />
    );
  }

  return (
    <InfoCard
      title={t('campaignPage.remainingTitle')}
      subheader={t('campaignPage.remainingSubheader')}
      titleTypographyProps={{ component: 'h2' }}
      noPadding
    >
      {body}
    </InfoCard>
  );
}
