import {
  MaturityModel,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { levelName } from '../../../format/modelNames';
import { MlopsMaturityTranslation } from '../../../translation';
import { LevelBadge } from '../../shared/LevelBadge';
import { SuggestsHigherMark } from './SuggestsHigherMark';

/**
 * A service's verified level, and how many answers count lower than
 * claimed ("↓2", spelled out for assistive technology and as a tooltip);
 * a dash while it has none.
 */
export function VerifiedLevel(props: {
  item: ScorecardRow;
  model?: MaturityModel;
  t: MlopsMaturityTranslation;
}) {
  const { item, model, t } = props;
  // Rows from a backend without the fields yet have them undefined.
  const level = item.verifiedLevel ?? null;
  const gaps = item.verificationGapCount ?? 0;
  if (level === null) {
    return (
      <span
        title={item.assessed ? t('scorecardVerified.notComputed') : undefined}
      >
        –
      </span>
    );
  }
  return (
    <>
      <LevelBadge
        level={level}
        name={levelName(model, level)}
        variant="compact"
      />
      {gaps > 0 && (
        <SuggestsHigherMark
          label={t('scorecardVerified.gapsMark', { gaps: String(gaps) })}
          hint={t('scorecardVerified.gaps', { count: gaps })}
          testId="verification-gaps"
        />
      )}
    </>
  );
}
