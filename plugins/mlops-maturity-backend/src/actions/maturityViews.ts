import {
  AnswerRaise,
  AssessmentAnswer,
  AssessmentRevision,
  isNotApplicable,
  MaturityLevelNumber,
  answersToLevel,
  EvidenceBacking,
  MaturityModel,
  MaturityResult,
  MaturityTarget,
  nextLevelRoadmap,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * The shapes the actions answer with: what the API returns, flattened and
 * named for a reader that has not seen the plugin's UI (level names beside
 * level numbers, question titles beside question ids).
 */
export function maturityViews(model: MaturityModel) {
  const levelNames = new Map(model.levels.map(l => [l.level, l.name]));
  const dimensions = new Map(model.dimensions.map(d => [d.id, d]));
  const questions = new Map(model.questions.map(q => [q.id, q]));
  const levelName = (level: MaturityLevelNumber | null) =>
    level === null ? null : levelNames.get(level) ?? null;
  const dimensionName = (id: string) => dimensions.get(id)?.name ?? id;
  const questionTitle = (id: string) => questions.get(id)?.title ?? id;

  /** A raise of one question's answer, with its title and the descriptor it moves to. */
  const raiseView = (r: AnswerRaise) => ({
    questionId: r.questionId,
    title: questionTitle(r.questionId),
    from: r.from,
    to: r.to,
    toDescriptor: questions.get(r.questionId)?.descriptors[r.to] ?? '',
  });

  function answerView(answer: AssessmentAnswer | undefined) {
    if (answer === undefined) return { level: null, notApplicable: false };
    if (isNotApplicable(answer)) return { level: null, notApplicable: true };
    return { level: answer.level, notApplicable: false };
  }

  return {
    levelName,

    model() {
      return {
        id: model.id,
        version: model.version,
        name: model.name,
        levels: model.levels.map(l => ({
          level: l.level,
          name: l.name,
          summary: l.summary,
          keyCharacteristic: l.characteristics.keyCharacteristic,
        })),
        dimensions: model.dimensions.map(d => ({
          id: d.id,
          name: d.name,
          weight: d.weight,
          ...(d.description !== undefined && { description: d.description }),
        })),
        questions: model.questions.map(q => ({
          id: q.id,
          dimensionId: q.dimensionId,
          title: q.title,
          prompt: q.prompt,
          descriptors: q.descriptors.map((text, level) => ({ level, text })),
        })),
      };
    },

    result(result: MaturityResult) {
      const weakest = result.weakestDimensionId
        ? result.dimensions.find(
            d => d.dimensionId === result.weakestDimensionId,
          )
        : undefined;
      return {
        complete: result.official,
        score: result.score,
        level: result.level,
        levelName: levelName(result.level),
        gatedLevel: result.gatedLevel,
        gatedLevelName: levelName(result.gatedLevel),
        weakestDimension: weakest
          ? {
              id: weakest.dimensionId,
              name: weakest.name,
              average: weakest.average,
            }
          : null,
        dimensions: result.dimensions.map(d => ({
          id: d.dimensionId,
          name: d.name,
          weight: d.weight,
          average: d.average,
          level: d.level,
        })),
        unansweredQuestionIds: result.completeness.missingQuestionIds,
      };
    },

    nextSteps(result: MaturityResult) {
      const roadmap = nextLevelRoadmap(model, result);
      if (!roadmap) return null;
      return {
        targetLevel: roadmap.targetLevel,
        targetLevelName: levelName(roadmap.targetLevel),
        goal: roadmap.transition?.goal ?? null,
        duration: roadmap.transition?.duration ?? null,
        fewestAnswerRaises: roadmap.path.raiseCount,
        answerRaises: roadmap.path.raises.map(raiseView),
        startWith: roadmap.priority
          ? {
              phase: roadmap.priority.phase,
              timeframe: roadmap.priority.timeframe,
              initiatives: roadmap.priority.steps.map(step => ({
                name: step.name,
                dimension: step.dimensionName,
                tools: step.tools ?? null,
                successCriteria: step.successCriteria ?? null,
              })),
            }
          : null,
        questionsBelowNextLevel: roadmap.questionGaps.map(g => ({
          questionId: g.questionId,
          title: g.title,
          dimension: dimensionName(g.dimensionId),
          currentLevel: g.currentLevel,
          nextLevelDescriptor: g.targetDescriptor,
        })),
      };
    },

    /** A target, whether the result meets it and the fewest answer raises that would. */
    target(target: MaturityTarget, result: MaturityResult | null) {
      const level = result?.level ?? null;
      const path =
        result && level !== null && level < target.level
          ? answersToLevel(result, target.level)
          : null;
      return {
        level: target.level,
        levelName: levelName(target.level),
        title: target.title,
        met: level !== null && level >= target.level,
        levelsBelow: Math.max(0, target.level - (level ?? 0)),
        fewestAnswerRaises: level === null ? null : path?.raiseCount ?? 0,
        answerRaises: (path?.raises ?? []).map(raiseView),
      };
    },

    scorecardRow(row: ScorecardRow) {
      return {
        entityRef: row.entityRef,
        title: row.title,
        owner: row.owner,
        system: row.system,
        lifecycle: row.lifecycle,
        assessed: row.assessed,
        level: row.level,
        levelName: levelName(row.level),
        score: row.score,
        gatedLevel: row.gatedLevel,
        weakestDimension: row.weakestDimensionId
          ? dimensionName(row.weakestDimensionId)
          : null,
        raisesToNextLevel: row.raisesToNextLevel,
        assessedAt: row.updatedAt,
        stale: row.stale,
        targetLevel: row.targetLevel,
        targetMet: row.targetMet,
        evidenceShare: row.evidenceShare,
        evidenceSuggestsHigherCount: row.evidenceSuggestsHigherCount,
      };
    },

    /** How the current answers stand against the evidence, and what it suggests. */
    evidence(backing: EvidenceBacking) {
      const answers = Object.values(backing.answers);
      return {
        backedShare: backing.backedShare,
        backedCount: backing.backedCount,
        answeredCount: backing.answeredCount,
        selfReported: answers
          .filter(a => a.status === 'self-reported')
          .map(a => ({
            questionId: a.questionId,
            title: questionTitle(a.questionId),
            level: a.level,
          })),
        aboveEvidence: answers
          .filter(a => a.aboveEvidence)
          .map(a => ({
            questionId: a.questionId,
            title: questionTitle(a.questionId),
            level: a.level,
            evidenceLevel: a.signal!.level,
          })),
        suggestions: backing.suggestions.map(s => ({
          questionId: s.questionId,
          title: questionTitle(s.questionId),
          answeredLevel: s.answeredLevel,
          level: s.signal.level,
          levelDescriptor:
            questions.get(s.questionId)?.descriptors[s.signal.level] ?? '',
          evidence: s.signal.title,
          url: s.signal.url ?? null,
          source: s.signal.source,
        })),
      };
    },

    revisionSummary(revision: AssessmentRevision) {
      return {
        revision: revision.revision,
        assessedAt: revision.createdAt,
        assessedBy: revision.author,
        score: revision.result.score,
        level: revision.result.level,
        levelName: levelName(revision.result.level),
        gatedLevel: revision.result.gatedLevel,
      };
    },

    /** What changed from one revision to another: answers and dimension averages. */
    comparison(from: AssessmentRevision, to: AssessmentRevision) {
      const ids = [
        ...model.questions.map(q => q.id),
        ...Object.keys(from.answers),
        ...Object.keys(to.answers),
      ].filter((id, i, all) => all.indexOf(id) === i);
      const changedAnswers = ids.flatMap(id => {
        const before = answerView(from.answers[id]);
        const after = answerView(to.answers[id]);
        if (
          before.level === after.level &&
          before.notApplicable === after.notApplicable
        ) {
          return [];
        }
        return [
          { questionId: id, title: questionTitle(id), from: before, to: after },
        ];
      });
      const averageIn = (revision: AssessmentRevision, id: string) =>
        revision.result.dimensions.find(d => d.dimensionId === id)?.average ??
        null;
      const dimensionIds = [
        ...from.result.dimensions.map(d => d.dimensionId),
        ...to.result.dimensions.map(d => d.dimensionId),
      ].filter((id, i, all) => all.indexOf(id) === i);
      const difference = (a: number | null, b: number | null) =>
        a === null || b === null ? null : b - a;
      return {
        scoreChange: difference(from.result.score, to.result.score),
        levelChange: difference(from.result.level, to.result.level),
        changedAnswers,
        dimensions: dimensionIds.map(id => ({
          id,
          name: dimensionName(id),
          from: averageIn(from, id),
          to: averageIn(to, id),
          change: difference(averageIn(from, id), averageIn(to, id)),
        })),
      };
    },
  };
}
