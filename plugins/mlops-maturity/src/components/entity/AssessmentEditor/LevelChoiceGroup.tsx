import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityLevelNumber,
  MaturityQuestion,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { AnswerEditor, chooseLevel, chooseNotApplicable } from './answerEdits';

/** The radio value of N/A. */
export const NOT_APPLICABLE = 'na';

/** A question's five level descriptors and N/A, as radio choices. */
export function LevelChoiceGroup(props: {
  question: MaturityQuestion;
  /** The chosen level, {@link NOT_APPLICABLE}, or '' for none. */
  value: string;
  onEdit: AnswerEditor;
}) {
  const { question, value, onEdit } = props;
  const id = question.id;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <RadioGroup
      aria-label={question.title}
      value={value}
      onChange={e => {
        const choice = e.target.value;
        onEdit(id, a =>
          choice === NOT_APPLICABLE
            ? chooseNotApplicable(a, id)
            : chooseLevel(a, id, Number(choice) as MaturityLevelNumber),
        );
      }}
    >
      {question.descriptors.map((descriptor, level) => (
        <FormControlLabel
          key={level}
          value={String(level)}
          control={<Radio size="small" />}
          label={t('questionField.levelOption', {
            level: String(level),
            descriptor,
          })}
        />
      ))}
      <FormControlLabel
        value={NOT_APPLICABLE}
        control={<Radio size="small" />}
        label={t('questionField.notApplicableOption')}
      />
    </RadioGroup>
  );
}
