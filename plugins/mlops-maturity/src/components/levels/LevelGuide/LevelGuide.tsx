import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { OurAddition } from '../../shared/OurAddition';
import { LevelSection } from './LevelSection';

/**
 * "What the levels mean": every level of the model as the reference
 * describes it, in its words and folded part by part, what is ours marked as
 * ours, and the sources the model credits.
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
      <Typography variant="body2" paragraph>
        {t('levelGuide.intro')}
      </Typography>
      <Box mb={3}>
        <OurAddition testId="our-additions">
          <strong>{t('levelGuide.ourAdditionsTitle')}:</strong>{' '}
          {t('levelGuide.ourAdditions')}
        </OurAddition>
      </Box>
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
