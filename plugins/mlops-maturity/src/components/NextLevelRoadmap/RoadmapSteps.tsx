import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { RoadmapStep } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { mlopsMaturityTranslationRef } from '../../translation';

/** The initiatives of a roadmap, in the order of its phases. */
export function RoadmapSteps(props: { steps: RoadmapStep[] }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Table size="small" aria-label={t('roadmapSteps.ariaLabel')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('roadmapSteps.initiative')}</TableCell>
          <TableCell>{t('roadmapSteps.improves')}</TableCell>
          <TableCell>{t('roadmapSteps.phase')}</TableCell>
          <TableCell>{t('roadmapSteps.tools')}</TableCell>
          <TableCell>{t('roadmapSteps.successCriteria')}</TableCell>
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
