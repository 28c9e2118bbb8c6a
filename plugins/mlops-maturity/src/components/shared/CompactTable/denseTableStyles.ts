import { makeStyles } from '@material-ui/core/styles';

/**
 * The dense cells of the plugin's wider tables (the scorecard's ranking, the
 * campaigns, a campaign's teams and remaining services): tight padding
 * inside, the usual gutter at the edges, and long words wrapping rather than
 * widening the table. Put `table` on the MUI `Table`.
 */
export const useDenseTableStyles = makeStyles(theme => ({
  table: {
    '& th, & td': {
      padding: theme.spacing(0.75, 1),
      wordBreak: 'normal',
      overflowWrap: 'break-word',
    },
    '& th:first-child, & td:first-child': { paddingLeft: theme.spacing(2) },
    '& th:last-child, & td:last-child': { paddingRight: theme.spacing(2) },
  },
}));
