import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { CampaignTeamProgress } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import { formatShare } from '../../../format/formatShare';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { useDenseTableStyles } from '../../shared/CompactTable';

// Names wrap between words, never inside one (Backstage's theme breaks
// table text anywhere); numbers stay on one line. Cells are tighter than
// the theme's so that six columns fit a narrow window.
const useStyles = makeStyles({
  number: { whiteSpace: 'nowrap' },
});

/** The teams with the most services remaining first, then by name. */
function byRemaining(a: CampaignTeamProgress, b: CampaignTeamProgress) {
  if (a.remaining !== b.remaining) return b.remaining - a.remaining;
  return (a.owner ?? '').localeCompare(b.owner ?? '');
}

/** A campaign's progress per owner, the most remaining first. */
export function CampaignTeamsTable(props: { teams: CampaignTeamProgress[] }) {
  const classes = useStyles();
  const dense = useDenseTableStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const number = (value: string | number) => (
    <TableCell align="right" className={classes.number}>
      {value}
    </TableCell>
  );
  return (
    <InfoCard
      title={t('campaignPage.teamsTitle')}
      subheader={t('campaignPage.teamsSubheader')}
      titleTypographyProps={{ component: 'h2' }}
      noPadding
    >
      <TableContainer>
        <Table
          size="small"
          className={dense.table}
          aria-label={t('campaignTeamsTable.ariaLabel')}
          data-testid="campaign-teams"
        >
          <TableHead>
            <TableRow>
              <TableCell>{t('campaignTeamsTable.team')}</TableCell>
              <TableCell align="right">
                {t('campaignTeamsTable.inScope')}
              </TableCell>
              <TableCell align="right">
                {t('campaignTeamsTable.done')}
              </TableCell>
              <TableCell align="right">
                {t('campaignTeamsTable.remaining')}
              </TableCell>
              <TableCell align="right">
                {t('campaignTeamsTable.overdue')}
              </TableCell>
              <TableCell align="right">
                {t('campaignTeamsTable.share')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {[...props.teams].sort(byRemaining).map(team => (
              <TableRow key={team.owner ?? ''}>
                <TableCell>
                  {team.owner ? (
                    <EntityRefLink entityRef={team.owner} defaultKind="Group" />
                  ) : (
                    t('campaignTeamsTable.noOwner')
                  )}
                </TableCell>
                {number(team.inScope)}
                {number(team.done)}
                {number(team.remaining)}
                {number(team.overdue)}
                {number(formatShare(team.done, team.inScope))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </InfoCard>
  );
}
