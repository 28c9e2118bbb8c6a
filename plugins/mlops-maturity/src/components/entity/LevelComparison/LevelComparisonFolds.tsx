import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityLevel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { ComponentType } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { Fold } from '../../shared/Fold';
import {
  LevelNotes,
  LevelPeopleList,
  LevelQuotes,
  ModelReleaseList,
  RealWorldExample,
} from '../../shared/LevelDetails';

type Part = 'people' | 'modelRelease' | 'realWorldExample' | 'quotes';

const PARTS: Array<[Part, ComponentType<{ level: MaturityLevel }>]> = [
  ['people', LevelPeopleList],
  ['modelRelease', ModelReleaseList],
  ['realWorldExample', RealWorldExample],
  ['quotes', LevelQuotes],
];

const shows = (level: MaturityLevel, part: Part) => {
  const value = level[part];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
};

/**
 * The rest of what the reference says about the levels compared, folded,
 * each level in its own column: roles, model release, the real-world example
 * and the quotes; our notes on them in view.
 */
export function LevelComparisonFolds(props: { levels: MaturityLevel[] }) {
  const { levels } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const width = levels.length > 1 ? 6 : 12;
  return (
    <>
      {levels.map(level => (
        <LevelNotes
          key={level.level}
          notes={level.notes}
          title={t('levelComparison.ourNote', { level: String(level.level) })}
        />
      ))}
      {PARTS.filter(([part]) => levels.some(l => shows(l, part))).map(
        ([part, Content]) => (
          <Fold
            key={part}
            id={`mlops-level-comparison-${part}`}
            title={t(`levelGuide.${part}`)}
          >
            <Grid container spacing={2}>
              {levels.map(level => (
                <Grid item xs={12} md={width} key={level.level}>
                  <Typography variant="overline" color="textSecondary">
                    {t('levelComparison.levelColumn', {
                      level: String(level.level),
                    })}
                  </Typography>
                  <Content level={level} />
                </Grid>
              ))}
            </Grid>
          </Fold>
        ),
      )}
    </>
  );
}
