import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  CurrentAssessment,
  EvidenceBacking,
  MaturityModel,
  MaturityTarget,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { formatScore } from '../../../format/formatScore';
import { formatShare } from '../../../format/formatShare';
import {
  dimensionName,
  levelName,
  questionTitle,
} from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LevelBadge } from '../../shared/LevelBadge';
import {
  MaturitySparkline,
  MaturitySparklinePoint,
} from '../../shared/MaturitySparkline';
import { cardPlan } from './cardPlan';
import { CardFact } from './CardFact';
import { CardTarget } from './CardTarget';

/** The first of the next best actions, and the plan it is part of. */
function NextAction(props: {
  model: MaturityModel;
  current: CurrentAssessment;
  target: MaturityTarget | null;
}) {
  const { model, current, target } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const plan = cardPlan(model, current.result, target);
  if (!plan) {
    return current.result.level === 4 ? (
      <CardFact
        label={t('entityMaturityCard.nextAction')}
        testId="card-next-action"
      >
        {t('entityMaturityCard.topLevel')}
      </CardFact>
    ) : null;
  }
  const { topAction, path, aimedLevel } = plan;
  return (
    <CardFact
      label={t('entityMaturityCard.nextAction')}
      testId="card-next-action"
    >
      {t('entityMaturityCard.nextActionValue', {
        question: questionTitle(model, topAction.questionId),
        dimension: dimensionName(model, topAction.dimensionId),
        from: String(topAction.from),
        to: String(topAction.to),
      })}
      <Typography variant="caption" color="textSecondary" component="div">
        {t('entityMaturityCard.nextActionPlan', {
          answers: t('plan.answers', { count: path.answerCount }),
          steps: t('plan.levelSteps', { count: path.raiseCount }),
          level: String(aimedLevel),
        })}
      </Typography>
    </CardFact>
  );
}

/**
 * The card's facts about an assessed service: level and score, the gated
 * level when it differs, the target and whether it is met, the next action,
 * the evidence-backed share and the score week by week.
 */
export function AssessedCardBody(props: {
  current: CurrentAssessment;
  /** The model the assessment was answered against. */
  model: MaturityModel;
  target: MaturityTarget | null;
  evidence?: EvidenceBacking;
  points?: MaturitySparklinePoint[];
}) {
  const { current, model, target, evidence, points } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { result } = current;
  return (
    <>
      <Box display="flex" alignItems="center" flexWrap="wrap">
        <Box mr={2} data-testid="card-level">
          <LevelBadge
            level={result.level}
            name={levelName(model, result.level)}
            size="medium"
          />
        </Box>
        <Typography variant="h6" component="p" data-testid="card-score">
          {t('entityMaturityCard.score', { score: formatScore(result.score) })}
        </Typography>
        {current.stale && (
          <Box ml={1}>
            <Chip size="small" label={t('entityMaturityCard.stale')} />
          </Box>
        )}
        {/* One scored week is a dot, not a trend. */}
        {points && points.filter(p => p.score !== null).length > 1 && (
          <Box ml="auto">
            <MaturitySparkline points={points} width={120} />
          </Box>
        )}
      </Box>
      {result.gatedLevel !== null && result.gatedLevel !== result.level && (
        <CardFact
          label={t('entityMaturityCard.gatedLevel')}
          testId="card-gated-level"
        >
          <LevelBadge
            level={result.gatedLevel}
            name={levelName(model, result.gatedLevel)}
          />
          <Typography variant="caption" color="textSecondary" component="div">
            {t('entityMaturityCard.gatedLevelNote')}
          </Typography>
        </CardFact>
      )}
      <CardTarget model={model} target={target} level={result.level} />
      <NextAction model={model} current={current} target={target} />
      {evidence && evidence.answeredCount > 0 && (
        <CardFact
          label={t('entityMaturityCard.evidence')}
          testId="card-evidence"
        >
          {t('entityMaturityCard.evidenceValue', {
            share: formatShare(evidence.backedCount, evidence.answeredCount),
            backed: String(evidence.backedCount),
            answered: String(evidence.answeredCount),
          })}
        </CardFact>
      )}
    </>
  );
}
