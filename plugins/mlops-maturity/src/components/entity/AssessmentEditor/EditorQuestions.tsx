import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  EvidenceSignal,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import DialogContent from '@material-ui/core/DialogContent';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { Fragment, useMemo } from 'react';
import { describeAnswer } from '../../../format/describeAnswer';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { QuestionField } from './QuestionField';
import { AssessmentEditorState } from './useAssessmentEditor';

/**
 * Every question of the model, grouped by dimension, with its issues, what
 * a merge kept over the latest revision, and the evidence's suggestion.
 */
export function EditorQuestions(props: {
  editor: AssessmentEditorState;
  model: MaturityModel;
  signals?: readonly EvidenceSignal[];
}) {
  const { editor, model, signals } = props;
  const { answers } = editor;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  // Stable per question, so that an edit re-renders only the question it touches.
  const signalOf = useMemo(
    () => new Map((signals ?? []).map(s => [s.questionId, s])),
    [signals],
  );
  const mergedRevision = String(editor.merge?.revision ?? '–');
  const mergeWarning = (questionId: string) => {
    const overlaps = editor.merge?.overlaps;
    if (!overlaps?.has(questionId)) return undefined;
    return t('assessmentEditor.mergeWarning', {
      revision: mergedRevision,
      answer: describeAnswer(
        overlaps.get(questionId),
        model.questions.find(q => q.id === questionId),
        t,
      ),
    });
  };
  return (
    <DialogContent dividers>
      {model.dimensions.map(dimension => (
        <Box
          key={dimension.id}
          component="section"
          aria-label={dimension.name}
          mb={3}
        >
          <Typography variant="h6">{dimension.name}</Typography>
          {dimension.description && (
            <Typography variant="body2" color="textSecondary">
              {dimension.description}
            </Typography>
          )}
          {model.questions
            .filter(q => q.dimensionId === dimension.id)
            .map((question, i) => {
              const id = question.id;
              return (
                <Fragment key={id}>
                  {i > 0 && <Divider />}
                  <QuestionField
                    question={question}
                    answer={answers[id]}
                    messages={editor.shownByQuestion.byQuestion[id]}
                    liveMessages={editor.liveByQuestion.byQuestion[id]}
                    mergeWarning={mergeWarning(id)}
                    signal={signalOf.get(id)}
                    onEdit={editor.edit}
                  />
                </Fragment>
              );
            })}
        </Box>
      ))}
    </DialogContent>
  );
}
