import { Link, Progress } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { ScorecardRow } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { levelName } from '../../../format/modelNames';
import { useScorecardLink } from '../../../hooks/useScorecardLink';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CompactTable } from '../../shared/CompactTable';
import { LevelBadge } from '../../shared/LevelBadge';
import { LoadError } from '../../shared/LoadError';
import { useMyTeamServices } from './useMyTeamServices';

/**
 * The home-page widget "My team's ML services": the ML services of the
 * signed-in user's teams with their level, target and whether it is met,
 * lowest score first, and a link to the scorecard filtered to those teams.
 *
 * @public
 */
export function MyTeamServicesContent() {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const scorecardLink = useScorecardLink();
  const state = useMyTeamServices();

  if (state.loading && !state.value) return <Progress />;
  if (state.error) {
    return <LoadError error={state.error} onRetry={() => state.retry()} />;
  }
  const { owners, page, model } = state.value!;
  if (page.items.length === 0) {
    return (
      <Typography variant="body2">{t('myTeamServicesWidget.none')}</Typography>
    );
  }
  const target = (row: ScorecardRow) => {
    if (row.targetLevel === null) return t('myTeamServicesWidget.noTarget');
    return (
      <>
        <LevelBadge level={row.targetLevel} variant="compact" />{' '}
        {row.targetMet
          ? t('myTeamServicesWidget.met')
          : t('myTeamServicesWidget.below')}
      </>
    );
  };
  return (
    <>
      <CompactTable<ScorecardRow>
        ariaLabel={t('myTeamServicesWidget.ariaLabel')}
        rows={page.items}
        rowKey={row => row.entityRef}
        rowTestId="my-team-service"
        columns={[
          {
            title: t('myTeamServicesWidget.service'),
            rowHeader: true,
            value: row => (
              <Link
                to={`${entityRoute(entityRouteParams(row.entityRef))}/maturity`}
              >
                {row.title ?? row.name}
              </Link>
            ),
          },
          {
            title: t('myTeamServicesWidget.level'),
            value: row => (
              <LevelBadge
                level={row.level}
                name={levelName(model, row.level)}
                variant="compact"
              />
            ),
          },
          { title: t('myTeamServicesWidget.target'), value: target },
        ]}
      />
      {scorecardLink && (
        <Box mt={1}>
          <Link to={scorecardLink({ owner: owners })}>
            {t('myTeamServicesWidget.viewAll')}
          </Link>
        </Box>
      )}
    </>
  );
}
