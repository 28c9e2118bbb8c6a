import { makeStyles } from '@material-ui/core/styles';

// Titles wrap between words, never inside one (Backstage's theme breaks
// table text anywhere); cells are tighter than the theme's.
export const useCampaignsTableStyles = makeStyles(theme => ({
  progress: { minWidth: theme.spacing(18) },
  overdue: { color: theme.palette.error.main, fontWeight: 600 },
  actions: {
    whiteSpace: 'nowrap',
    '& > * + *': { marginLeft: theme.spacing(1) },
  },
}));
