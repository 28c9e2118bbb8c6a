import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { RoadmapStep } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CompactTable } from '../../shared/CompactTable';
import { DimensionTag, OurAddition } from '../../shared/OurAddition';

/**
 * The initiatives of a roadmap, in the order of its phases, each with the
 * dimension it improves: our tag, marked as ours.
 */
export function RoadmapSteps(props: { steps: RoadmapStep[] }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <>
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
              <DimensionTag
                name={step.dimensionName}
                note={step.dimensionNote}
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
      <OurAddition testId="roadmap-tags-are-ours">
        {t('roadmapSteps.tagsAreOurs')}
      </OurAddition>
    </>
  );
}
