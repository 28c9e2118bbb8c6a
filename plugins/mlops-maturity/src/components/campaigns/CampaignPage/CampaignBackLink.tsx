import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import ArrowBackIcon from '@material-ui/icons/ArrowBack';
import { rootRouteRef } from '../../../routes';
import { mlopsMaturityTranslationRef } from '../../../translation';

/** Back to the scorecard page. */
export function CampaignBackLink() {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const rootRoute = useRouteRef(rootRouteRef);
  return (
    <Box mb={2}>
      <Link to={rootRoute()}>
        <Box component="span" display="inline-flex" alignItems="center">
          <ArrowBackIcon fontSize="small" style={{ marginRight: 4 }} />
          {t('campaignPage.back')}
        </Box>
      </Link>
    </Box>
  );
}
