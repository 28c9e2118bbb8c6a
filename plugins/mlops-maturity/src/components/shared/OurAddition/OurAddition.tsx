import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import InfoOutlinedIcon from '@material-ui/icons/InfoOutlined';
import { ReactNode } from 'react';

/**
 * A visible caption marking what is ours, not the reference's: the gated
 * level, the dimension tags, the count of raises, our notes. Plain text
 * beside the thing it marks, so it is read on first sight, by keyboard and
 * by screen readers alike; no hover needed.
 */
export function OurAddition(props: { children: ReactNode; testId?: string }) {
  return (
    <Box display="flex" alignItems="flex-start" mt={0.5}>
      <InfoOutlinedIcon
        fontSize="inherit"
        color="action"
        aria-hidden
        style={{ marginTop: 2, marginRight: 4 }}
      />
      <Typography
        variant="caption"
        color="textSecondary"
        component="div"
        data-testid={props.testId ?? 'our-addition'}
      >
        {props.children}
      </Typography>
    </Box>
  );
}
