import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';

/** A labelled line of the card. */
export function CardFact(props: {
  label: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Box mt={1.5} data-testid={props.testId}>
      <Typography variant="overline" color="textSecondary" component="div">
        {props.label}
      </Typography>
      <Typography variant="body2" component="div">
        {props.children}
      </Typography>
    </Box>
  );
}
