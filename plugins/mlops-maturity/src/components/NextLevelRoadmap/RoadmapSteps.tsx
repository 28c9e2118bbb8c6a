import { RoadmapStep } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';

/** The initiatives of a roadmap, in priority order. */
export function RoadmapSteps(props: { steps: RoadmapStep[] }) {
  return (
    <Table size="small" aria-label="Initiatives">
      <TableHead>
        <TableRow>
          <TableCell>Initiative</TableCell>
          <TableCell>Improves</TableCell>
          <TableCell>Phase</TableCell>
          <TableCell>Tools</TableCell>
          <TableCell>Success criteria</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.steps.map(step => (
          <TableRow
            key={`${step.phase}-${step.name}`}
            data-testid="roadmap-step"
          >
            <TableCell>{step.name}</TableCell>
            <TableCell>
              <Chip
                size="small"
                label={step.dimensionName}
                style={{ margin: 0 }}
              />
            </TableCell>
            <TableCell>
              {step.phase} ({step.timeframe})
            </TableCell>
            <TableCell>{step.tools}</TableCell>
            <TableCell>{step.successCriteria}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
