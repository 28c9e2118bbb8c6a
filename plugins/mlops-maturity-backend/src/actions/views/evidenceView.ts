import { EvidenceBacking } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ModelNames } from './modelNames';

/** How the current answers stand against the evidence, and what it suggests. */
export function evidenceView(names: ModelNames, backing: EvidenceBacking) {
  const answers = Object.values(backing.answers);
  return {
    backedShare: backing.backedShare,
    backedCount: backing.backedCount,
    answeredCount: backing.answeredCount,
    selfReported: answers
      .filter(a => a.status === 'self-reported')
      .map(a => ({
        questionId: a.questionId,
        title: names.questionTitle(a.questionId),
        level: a.level,
      })),
    aboveEvidence: answers
      .filter(a => a.aboveEvidence)
      .map(a => ({
        questionId: a.questionId,
        title: names.questionTitle(a.questionId),
        level: a.level,
        evidenceLevel: a.signal!.level,
      })),
    suggestions: backing.suggestions.map(s => ({
      questionId: s.questionId,
      title: names.questionTitle(s.questionId),
      answeredLevel: s.answeredLevel,
      level: s.signal.level,
      levelDescriptor: names.descriptor(s.questionId, s.signal.level),
      evidence: s.signal.title,
      url: s.signal.url ?? null,
      source: s.signal.source,
    })),
  };
}
