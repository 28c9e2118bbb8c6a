import Typography from '@material-ui/core/Typography';

/**
 * "↑2": evidence shows a higher level than answered, as text with its
 * meaning for assistive technology and as a tooltip, not colour alone.
 */
export function SuggestsHigherMark(props: {
  /** The visible mark, e.g. "↑2". */
  label: string;
  /** What it means, e.g. "Evidence suggests a higher level on 2 questions". */
  hint: string;
  testId: string;
}) {
  return (
    <>
      {' '}
      <Typography
        component="span"
        variant="caption"
        color="primary"
        role="img"
        aria-label={props.hint}
        title={props.hint}
        data-testid={props.testId}
      >
        {props.label}
      </Typography>
    </>
  );
}
