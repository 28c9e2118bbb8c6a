import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** The model: its levels, dimensions and questions with their descriptors by level. */
export function modelView(model: MaturityModel) {
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
}
