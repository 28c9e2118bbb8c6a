import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityLevel,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LevelBadge } from '../../shared/LevelBadge';
import {
  LevelCharacteristics,
  LevelImprovementsTable,
  LevelPainPointsTable,
  RemainingPainPointsList,
} from '../../shared/LevelDetails';

function Part(props: { title: string; children: ReactNode }) {
  return (
    <Box mt={2}>
      <Typography variant="subtitle2" gutterBottom>
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}

function LevelSection(props: { level: MaturityLevel }) {
  const { level } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
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
      {(level.painPoints ?? []).length > 0 && (
        <Part title={t('levelGuide.painPoints')}>
          <LevelPainPointsTable level={level} />
        </Part>
      )}
      {(level.improvementsOverPrevious ?? []).length > 0 && (
        <Part
          title={t('levelGuide.improvements', {
            level: String(level.level - 1),
          })}
        >
          <LevelImprovementsTable level={level} />
        </Part>
      )}
      {(level.remainingPainPoints ?? []).length > 0 && (
        <Part title={t('levelGuide.remainingPainPoints')}>
          <RemainingPainPointsList level={level} />
        </Part>
      )}
    </Box>
  );
}

/**
 * "What the levels mean": every level of the model with its characteristics,
 * pain points and improvements over the level below, and the sources the
 * model credits.
 */
export function LevelGuide(props: { model: MaturityModel }) {
  const { model } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const sources = model.sources ?? [];
  return (
    <div>
      <Typography variant="body2" color="textSecondary" paragraph>
        {model.name} {model.version}
        {model.description ? `: ${model.description}` : ''}
      </Typography>
      {model.levels.map((level, i) => (
        <Box key={level.level}>
          {i > 0 && (
            <Box mb={3}>
              <Divider />
            </Box>
          )}
          <LevelSection level={level} />
        </Box>
      ))}
      {sources.length > 0 && (
        <Box component="section" aria-label={t('levelGuide.sources')}>
          <Divider />
          <Box mt={2}>
            <Typography variant="h6" gutterBottom>
              {t('levelGuide.sources')}
            </Typography>
            <ul>
              {sources.map(source => (
                <li key={source.url}>
                  <Typography variant="body2">
                    <Link to={source.url}>{source.title}</Link>
                    {source.note ? ` – ${source.note}` : ''}
                  </Typography>
                </li>
              ))}
            </ul>
          </Box>
        </Box>
      )}
    </div>
  );
}
