import Grid, { GridSize } from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';

/**
 * One figure of a summary card, as a grid item: its label above, the value
 * large (named by the label), an optional hint below. Two to a row, four
 * from `fourFrom` up, or all the tiles in one row from `oneRowFrom` up.
 */
export function StatTile(props: {
  label: string;
  value: string | number;
  hint?: string;
  /** The breakpoint from which four tiles share a row. */
  fourFrom?: 'sm' | 'md';
  /** The breakpoint from which all the tiles share one row (three from `sm`). */
  oneRowFrom?: 'md' | 'lg';
}) {
  const widths: Partial<Record<'sm' | 'md' | 'lg', GridSize | boolean>> =
    props.oneRowFrom
      ? { sm: 4, [props.oneRowFrom]: true }
      : { [props.fourFrom ?? 'sm']: 3 };
  return (
    <Grid item xs={6} {...widths}>
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
