import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { ScorecardQuery } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../../api';
import { formatScore } from '../../../format/formatScore';
import { formatShare } from '../../../format/formatShare';
import { levelName } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LevelBadge } from '../../shared/LevelBadge';
import { LevelDistributionChart } from '../../shared/LevelDistributionChart';
import { LoadError } from '../../shared/LoadError';

/** How many of the lowest-scoring services the card lists. */
const LOWEST_COUNT = 5;

/** The scorecard filter that selects an entity's ML services. */
function filterFor(kind: string, ref: string): ScorecardQuery | undefined {
  switch (kind.toLocaleLowerCase('en-US')) {
    case 'group':
    case 'user':
      return { owner: [ref] };
    case 'system':
      return { system: [ref] };
    case 'domain':
      return { domain: [ref] };
    default:
      return undefined;
  }
}

/**
 * The maturity roll-up of the ML services a Group (or User) owns, or that
 * belong to a System or Domain: counts, mean score, level distribution and
 * the lowest-scoring services.
 *
 * @public
 */
export function EntityMaturityRollupCard() {
  const { entity } = useEntity();
  const api = useApi(mlopsMaturityApiRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const ref = stringifyEntityRef(entity);
  const filter = filterFor(entity.kind, ref);
  const { value, loading, error } = useAsync(async () => {
    if (!filter) return undefined;
    const [scorecard, model] = await Promise.all([
      api.getScorecard({
        ...filter,
        limit: LOWEST_COUNT,
        orderBy: 'score',
        order: 'asc',
        assessed: true,
      }),
      api.getModel(),
    ]);
    return { scorecard, model };
  }, [api, ref]);

  if (!filter) return null;
  let content;
  if (loading) content = <Progress />;
  else if (error) content = <LoadError error={error} />;
  else if (value) {
    const { scorecard, model } = value;
    const { summary } = scorecard;
    content = (
      <>
        <Typography variant="body1" data-testid="rollup-summary">
          {t('entityMaturityRollupCard.summary', {
            count: summary.assessedCount,
            meanScore: formatScore(summary.meanScore),
            staleShare: formatShare(summary.staleCount, summary.assessedCount),
          })}
        </Typography>
        <Box mt={1}>
          <LevelDistributionChart
            distribution={scorecard.levelDistribution}
            model={model}
          />
        </Box>
        {scorecard.items.length > 0 && (
          <>
            <Typography variant="subtitle2">
              {t('entityMaturityRollupCard.lowestScores')}
            </Typography>
            <List dense>
              {scorecard.items.map(item => (
                <ListItem key={item.entityRef} data-testid="rollup-lowest">
                  <ListItemText
                    primary={
                      <Link
                        to={`${entityRoute(
                          entityRouteParams(item.entityRef),
                        )}/maturity`}
                      >
                        {item.title ?? item.name}
                      </Link>
                    }
                    secondary={t('entityMaturityRollupCard.score', {
                      score: formatScore(item.score),
                    })}
                  />
                  <LevelBadge
                    level={item.level}
                    name={levelName(model, item.level)}
                    variant="compact"
                  />
                </ListItem>
              ))}
            </List>
          </>
        )}
      </>
    );
  }
  return (
    <InfoCard
      title={t('entityMaturityRollupCard.title')}
      subheader={t('entityMaturityRollupCard.subheader')}
    >
      {content}
    </InfoCard>
  );
}
