import {
  AssessmentAnswers,
  EvidenceBacking,
  EvidenceSignal,
  MaturityModel,
  evidenceBacking,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * The evidence backing of the answers, or undefined when there is nothing to
 * go on: the signals are not (or could not be) loaded, or there are none and
 * no answer carries an evidence link. An install without evidence providers
 * returns no signals, and "0% evidence-backed" would then blame the answers
 * for a missing install; so the tab shows no marks at all rather than every
 * answer "self-reported".
 */
export function shownEvidenceBacking(
  model: Pick<MaturityModel, 'questions'>,
  answers: AssessmentAnswers,
  signals: readonly EvidenceSignal[] | undefined,
): EvidenceBacking | undefined {
  if (!signals) return undefined;
  const backing = evidenceBacking(model, answers, signals);
  return signals.length > 0 || backing.backedCount > 0 ? backing : undefined;
}
