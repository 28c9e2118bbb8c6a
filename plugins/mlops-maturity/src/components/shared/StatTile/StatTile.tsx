import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';

/**
 * One figure of a summary card, as a grid item: its label above, the value
 * large (named by the label), an optional hint below. Two to a row, four
 * from `fourFrom` up.
 */
export function StatTile(props: {
  label: string;
  value: string | number;
  hint?: string;
  /** The breakpoint from which four tiles share a row. */
  fourFrom: 'sm' | 'md';
}) {
  return (
    <Grid item xs={6} {...{ [props.fourFrom]: 3 }}>
      <Typography variant="overline" color="textSecondary" component="div">
        {props.label}
      </Typography>
      <Typography variant="h4" component="p" aria-label={props.label}>
        {props.value}
      </Typography>
      {props.hint && (
        <Typography variant="caption" color="textSecondary">
          {props.hint}
        </Typography>
      )}
    </Grid>
  );
}
