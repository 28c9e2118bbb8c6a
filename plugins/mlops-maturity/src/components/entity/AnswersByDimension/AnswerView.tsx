import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AnswerBacking,
  AssessmentAnswer,
  EntityVerificationResponse,
  MaturityLevelNumber,
  MaturityQuestion,
  isNotApplicable,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { AnswerEvidenceStatus } from '../AnswerEvidence';
import { AnswerVerificationFlags } from '../Verification';
import { EvidenceLinks } from '../../shared/EvidenceLinks';
import { LevelBadge } from '../../shared/LevelBadge';

/**
 * One question with its chosen descriptor and the next level's beside it,
 * and, when evidence is shown, whether the answer is evidence-backed.
 */
export function AnswerView(props: {
  question: MaturityQuestion;
  answer: AssessmentAnswer | undefined;
  /** How the answer stands against the evidence; none shows no mark. */
  backing?: AnswerBacking;
  /** Where the answers stand in the verification; none shows no flags. */
  verification?: EntityVerificationResponse;
}) {
  const { question, answer, backing, verification } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const level = answer && !isNotApplicable(answer) ? answer.level : undefined;
  const next =
    level !== undefined && level < 4
      ? ((level + 1) as MaturityLevelNumber)
      : undefined;

  return (
    <Box py={1.5} data-testid={`answer-${question.id}`}>
      <Typography variant="subtitle1">{question.title}</Typography>
      <Typography variant="body2" color="textSecondary" gutterBottom>
        {question.prompt}
      </Typography>
      <Grid container spacing={2}>
        <Grid item xs={12} md={next !== undefined ? 6 : 12}>
          {!answer && (
            <Typography variant="body2">
              {t('answerView.notAnswered')}
            </Typography>
          )}
          {answer && isNotApplicable(answer) && (
            <>
              <Chip
                size="small"
                label={t('answerView.notApplicableChip')}
                style={{ margin: 0 }}
              />
              <Typography variant="body2" component="span">
                {' '}
                {t('answerView.notApplicable', { reason: answer.reason })}
              </Typography>
            </>
          )}
          {level !== undefined && (
            <>
              <LevelBadge level={level} />
              <Typography variant="body2" component="span">
                {' '}
                {question.descriptors[level]}
              </Typography>
            </>
          )}
        </Grid>
        {next !== undefined && (
          <Grid item xs={12} md={6}>
            <Typography variant="body2" color="textSecondary">
              {t('answerView.nextLevel', {
                level: String(next),
                descriptor: question.descriptors[next],
              })}
            </Typography>
          </Grid>
        )}
      </Grid>
      {backing && level !== undefined && (
        <AnswerEvidenceStatus
          backing={backing}
          reviewed={verification?.answers[question.id]?.trust === 'reviewed'}
        />
      )}
      {verification && answer && (
        <AnswerVerificationFlags
          verification={verification}
          questionId={question.id}
          notApplicable={isNotApplicable(answer)}
        />
      )}
      {answer && <AnswerNoteAndLinks answer={answer} />}
    </Box>
  );
}

/** The owners' note and evidence links of an answer, when it has them. */
function AnswerNoteAndLinks({ answer }: { answer: AssessmentAnswer }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <>
      {answer.note && (
        <Typography
          variant="body2"
          style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}
        >
          {t('answerView.note', { note: answer.note })}
        </Typography>
      )}
      {answer.evidence && answer.evidence.length > 0 && (
        <Box mt={1}>
          <Typography variant="body2" component="span">
            {t('answerView.evidence')}{' '}
          </Typography>
          <EvidenceLinks links={answer.evidence} />
        </Box>
      )}
    </>
  );
}
