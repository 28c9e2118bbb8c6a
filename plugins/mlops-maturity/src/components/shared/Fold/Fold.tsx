import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { ReactNode } from 'react';

/**
 * A folded part of a longer text: a heading that opens and closes it (a
 * button, so keyboard and screen readers reach it) and the part below.
 */
export function Fold(props: {
  /** Unique on the page: names the heading and the part it opens. */
  id: string;
  title: string;
  children: ReactNode;
  defaultExpanded?: boolean;
}) {
  const { id } = props;
  return (
    <Accordion
      defaultExpanded={props.defaultExpanded}
      variant="outlined"
      square
      TransitionProps={{ unmountOnExit: false }}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        aria-controls={`${id}-content`}
        id={`${id}-header`}
      >
        <Typography variant="subtitle2" component="h4">
          {props.title}
        </Typography>
      </AccordionSummary>
      {/* The accordion wraps this in a region labelled by the summary. */}
      <AccordionDetails style={{ display: 'block' }}>
        {props.children}
      </AccordionDetails>
    </Accordion>
  );
}
