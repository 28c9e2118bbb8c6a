import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityLevel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { Fold } from '../../shared/Fold';
import { LevelBadge } from '../../shared/LevelBadge';
import {
  LevelCharacteristics,
  LevelImprovementsTable,
  LevelNotes,
  LevelPainPointsTable,
  LevelPeopleList,
  LevelQuotes,
  ModelReleaseList,
  RealWorldExample,
  RemainingPainPointsList,
} from '../../shared/LevelDetails';

const has = (list?: unknown[]) => (list ?? []).length > 0;

/**
 * One level as the reference describes it: summary and characteristics in
 * view, our notes where the reference contradicts itself, and the rest
 * folded: roles, model release, pain points, improvements, the real-world
 * example and the quotes.
 */
export function LevelSection(props: { level: MaturityLevel }) {
  const { level } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const id = (part: string) => `mlops-level-guide-${level.level}-${part}`;
  return (
    <Box
      component="section"
      aria-label={t('levelGuide.levelAriaLabel', {
        level: String(level.level),
        name: level.name,
      })}
      mb={4}
    >
      <Box display="flex" alignItems="center" mb={1}>
        <LevelBadge level={level.level} name={level.name} size="medium" />
      </Box>
      <Typography variant="body1" paragraph>
        {level.summary}
      </Typography>
      <LevelCharacteristics level={level} />
      <LevelNotes notes={level.notes} title={t('levelGuide.ourNotes')} />
      <Box mt={2}>
        {has(level.people) && (
          <Fold id={id('people')} title={t('levelGuide.people')}>
            <LevelPeopleList level={level} />
          </Fold>
        )}
        {has(level.modelRelease) && (
          <Fold id={id('release')} title={t('levelGuide.modelRelease')}>
            <ModelReleaseList level={level} />
          </Fold>
        )}
        {has(level.painPoints) && (
          <Fold id={id('pains')} title={t('levelGuide.painPoints')}>
            <LevelPainPointsTable level={level} />
          </Fold>
        )}
        {has(level.improvementsOverPrevious) && (
          <Fold
            id={id('improvements')}
            title={t('levelGuide.improvements', {
              level: String(level.level - 1),
            })}
          >
            <LevelImprovementsTable level={level} />
          </Fold>
        )}
        {has(level.remainingPainPoints) && (
          <Fold
            id={id('remaining')}
            title={t('levelGuide.remainingPainPoints')}
          >
            <RemainingPainPointsList level={level} />
          </Fold>
        )}
        {level.realWorldExample && (
          <Fold id={id('example')} title={t('levelGuide.realWorldExample')}>
            <RealWorldExample level={level} />
          </Fold>
        )}
        {has(level.quotes) && (
          <Fold id={id('quotes')} title={t('levelGuide.quotes')}>
            <LevelQuotes level={level} />
          </Fold>
        )}
      </Box>
    </Box>
  );
}
