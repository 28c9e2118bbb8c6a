import {
  MaturityLevelNumber,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** The model's names, looked up by number or id: what every view puts beside a number or an id. */
export interface ModelNames {
  /** A level's name; null for no level or a level the model does not have. */
  levelName(level: MaturityLevelNumber | null): string | null;
  /** A dimension's name; its id when the model does not have it. */
  dimensionName(id: string): string;
  /** A question's title; its id when the model does not have it. */
  questionTitle(id: string): string;
  /** What answering a question at a level means; empty when unknown. */
  descriptor(questionId: string, level: number): string;
}

/** The lookups of {@link ModelNames}, built once from the model. */
export function modelNames(model: MaturityModel): ModelNames {
  const levelNames = new Map(model.levels.map(l => [l.level, l.name]));
  const dimensions = new Map(model.dimensions.map(d => [d.id, d]));
  const questions = new Map(model.questions.map(q => [q.id, q]));
  return {
    levelName: level => (level === null ? null : levelNames.get(level) ?? null),
    dimensionName: id => dimensions.get(id)?.name ?? id,
    questionTitle: id => questions.get(id)?.title ?? id,
    descriptor: (questionId, level) =>
      questions.get(questionId)?.descriptors[level] ?? '',
  };
}
