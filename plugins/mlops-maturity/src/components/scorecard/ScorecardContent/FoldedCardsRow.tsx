import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import { ReactNode } from 'react';

const useStyles = makeStyles(theme => ({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    '& > *': { flex: '1 1 420px', minWidth: 0 },
    // An unfolded card takes the whole width (a chart or a table needs it);
    // the other moves to the next line.
    '& > :has(> .MuiAccordion-root.Mui-expanded)': { flexBasis: '100%' },
  },
}));

/**
 * Cards that fold (accordions), side by side while folded so they cost one
 * line of the first screen; each unfolds to the whole width.
 */
export function FoldedCardsRow(props: { children: ReactNode }) {
  const classes = useStyles();
  return <Box className={classes.row}>{props.children}</Box>;
}
