import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';

/**
 * The dimension a roadmap initiative is tagged with (our tag, not the
 * reference's) and, where the tag is not obvious, why: in view, not on hover.
 */
export function DimensionTag(props: { name: string; note?: string }) {
  return (
    <>
      <Chip size="small" label={props.name} style={{ margin: 0 }} />
      {props.note && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="div"
          data-testid="dimension-note"
        >
          {props.note}
        </Typography>
      )}
    </>
  );
}
