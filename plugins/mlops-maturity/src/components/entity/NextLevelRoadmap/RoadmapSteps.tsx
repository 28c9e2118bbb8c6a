import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { RoadmapStep } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Chip from '@material-ui/core/Chip';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CompactTable } from '../../shared/CompactTable';

/** The initiatives of a roadmap, in the order of its phases. */
export function RoadmapSteps(props: { steps: RoadmapStep[] }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <CompactTable<RoadmapStep>
      ariaLabel={t('roadmapSteps.ariaLabel')}
      rows={props.steps}
      rowKey={step => `${step.phase}-${step.name}`}
      rowTestId="roadmap-step"
      columns={[
        { title: t('roadmapSteps.initiative'), value: step => step.name },
        {
          title: t('roadmapSteps.improves'),
          value: step => (
            <Chip
              size="small"
              label={step.dimensionName}
              style={{ margin: 0 }}
            />
          ),
        },
        {
          title: t('roadmapSteps.phase'),
          value: step => `${step.phase} (${step.timeframe})`,
        },
        { title: t('roadmapSteps.tools'), value: step => step.tools },
        {
          title: t('roadmapSteps.successCriteria'),
          value: step => step.successCriteria,
        },
      ]}
    />
  );
}
