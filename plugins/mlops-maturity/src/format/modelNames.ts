import {
  MaturityLevel,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** A level of the model by its number, with its name and what it means. */
export function modelLevel(
  model: MaturityModel | undefined,
  level: number | null,
): MaturityLevel | undefined {
  return model?.levels.find(l => l.level === level);
}

/** The name of a level in the model, e.g. "Automated Training". */
export function levelName(
  model: MaturityModel | undefined,
  level: number | null,
): string | undefined {
  return modelLevel(model, level)?.name;
}

/** The name of a dimension in the model, or its id when the model lacks it. */
export function dimensionName(
  model: MaturityModel | undefined,
  id: string,
): string {
  return model?.dimensions.find(d => d.id === id)?.name ?? id;
}

/** The short title of a question in the model, or its id when the model lacks it. */
export function questionTitle(
  model: MaturityModel | undefined,
  id: string,
): string {
  return model?.questions.find(q => q.id === id)?.title ?? id;
}
