import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AnswerIssue,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { mlopsMaturityTranslationRef } from '../../../translation';

/** All problems in one place, each named by its question. */
export function IssueSummary(props: {
  issues: AnswerIssue[];
  model: MaturityModel;
}) {
  const { issues, model } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (issues.length === 0) return null;
  const titleOf = (issue: AnswerIssue) => {
    const id =
      issue.questionId ??
      issue.field.match(/^(?:body\.)?answers\.([^.[]+)/)?.[1];
    return model.questions.find(q => q.id === id)?.title;
  };
  return (
    <Alert severity="error" aria-label={t('issueSummary.ariaLabel')}>
      <AlertTitle>
        {t('issueSummary.title', { count: issues.length })}
      </AlertTitle>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {issues.map((issue, i) => {
          const title = titleOf(issue);
          return (
            <li key={`${issue.field}-${i}`}>
              {title ? <strong>{title}: </strong> : null}
              {issue.message}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
