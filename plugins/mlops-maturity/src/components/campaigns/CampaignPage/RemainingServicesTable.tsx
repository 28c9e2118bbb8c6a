import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  EntityRefLink,
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../../api';
import { levelName } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LevelBadge } from '../../shared/LevelBadge';
import { Timestamp } from '../../shared/Timestamp';
import { useDenseTableStyles } from '../../shared/CompactTable';

const PAGE_SIZE = 25;

// Names wrap between words, never inside one (Backstage's theme breaks
// table text anywhere); cells are tighter than the theme's.
const useStyles = makeStyles({
  nowrap: { whiteSpace: 'nowrap' },
});

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
  const classes = useStyles();
  const dense = useDenseTableStyles();
  const api = useApi(mlopsMaturityApiRef);
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const [offset, setOffset] = useState(0);
  const page = useAsync(
    () =>
      api.getScorecardPage({
        campaign: campaignId,
        campaignDone: false,
        orderBy: 'name',
        order: 'asc',
        limit: PAGE_SIZE,
        offset,
      }),
    [api, campaignId, offset, props.refreshKey],
  );

  let body;
  if (page.error) {
    body = <ResponseErrorPanel error={page.error} />;
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
    const { items, hasMore } = page.value;
    // The progress counts the same services; should it lag behind a page,
    // the pager still offers the next one.
    const count = hasMore
      ? Math.max(remaining, offset + items.length + 1)
      : offset + items.length;
    body = (
      <>
        <TableContainer>
          <Table
            size="small"
            className={dense.table}
            aria-label={t('campaignRemainingTable.ariaLabel')}
          >
            <TableHead>
              <TableRow>
                <TableCell>{t('campaignRemainingTable.service')}</TableCell>
                <TableCell>{t('campaignRemainingTable.owner')}</TableCell>
                <TableCell>{t('campaignRemainingTable.level')}</TableCell>
                <TableCell>
                  {t('campaignRemainingTable.lastAssessed')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map(item => (
                <TableRow key={item.entityRef} data-testid="remaining-row">
                  <TableCell>
                    <Link
                      to={`${entityRoute(
                        entityRouteParams(item.entityRef),
                      )}/maturity`}
                    >
                      {item.title ?? item.name}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {item.owner ? (
                      <EntityRefLink
                        entityRef={item.owner}
                        defaultKind="Group"
                      />
                    ) : (
                      '–'
                    )}
                  </TableCell>
                  <TableCell className={classes.nowrap}>
                    <LevelBadge
                      level={item.level}
                      name={levelName(model, item.level)}
                      variant="compact"
                    />
                  </TableCell>
                  <TableCell>
                    {item.updatedAt ? (
                      <Timestamp value={item.updatedAt} compact />
                    ) : (
                      '–'
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination
          component="div"
          count={count}
          page={Math.floor(offset / PAGE_SIZE)}
          rowsPerPage={PAGE_SIZE}
          rowsPerPageOptions={[PAGE_SIZE]}
          onPageChange={(_e, n) => setOffset(n * PAGE_SIZE)}
        />
      </>
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
