import { AnswerIssue } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { MlopsMaturityTranslation } from '../../../translation';

type Part = 'reason' | 'note' | 'linkTitle';

const isPart = (value: unknown): value is Part =>
  value === 'reason' || value === 'note' || value === 'linkTitle';

/**
 * The issue with its message in the reader's words where it has a code (a
 * problem a person can make in the questionnaire); as the API wrote it
 * otherwise, e.g. a refusal the server words itself.
 */
export function readableIssue(
  issue: AnswerIssue,
  t: MlopsMaturityTranslation,
): AnswerIssue {
  const params = issue.params ?? {};
  const part = isPart(params.part) ? params.part : undefined;
  let message: string | undefined;
  switch (issue.code) {
    case 'required':
      if (part === 'reason' || part === 'linkTitle') {
        message = t(`answerIssue.required.${part}`);
      }
      break;
    case 'too-long':
      if (part) {
        message = t(`answerIssue.tooLong.${part}`, {
          max: String(params.max),
          length: String(params.length),
        });
      }
      break;
    case 'control-characters':
      message = t('answerIssue.controlCharacters');
      break;
    case 'not-a-url':
      message = t('answerIssue.notAUrl');
      break;
    case 'too-many-links':
      message = t('answerIssue.tooManyLinks', { max: String(params.max) });
      break;
    case 'missing':
      message = t('answerIssue.missing');
      break;
    case 'dimension-all-not-applicable':
      message = t('answerIssue.dimensionAllNotApplicable', {
        dimension: String(params.dimension),
      });
      break;
    default:
      break;
  }
  return message ? { ...issue, message } : issue;
}
