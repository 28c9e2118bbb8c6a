import { MaturityActionDeps } from './types';

/** `get-maturity-model`: the model's levels, dimensions and questions. */
export function createGetMaturityModelAction({
  actionsRegistry,
  access,
  views,
}: Pick<MaturityActionDeps, 'actionsRegistry' | 'access' | 'views'>) {
  actionsRegistry.register({
    name: 'get-maturity-model',
    title: 'Get the MLOps maturity model',
    description: `The MLOps maturity model this Backstage uses to assess ML services: its five levels (0 to 4) with what each means, its weighted dimensions, and its questions, each with one descriptor per level saying what that level looks like. Call it to explain a level or a question, or before saving a draft, to choose the level whose descriptor matches what a team does.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: zod => zod.object({}),
      output: zod =>
        zod.object({
          id: zod.string(),
          version: zod.string(),
          name: zod.string(),
          levels: zod.array(
            zod.object({
              level: zod.number(),
              name: zod.string(),
              summary: zod.string(),
              keyCharacteristic: zod.string(),
            }),
          ),
          dimensions: zod.array(
            zod.object({
              id: zod.string(),
              name: zod.string(),
              weight: zod.number(),
              description: zod.string().optional(),
            }),
          ),
          questions: zod.array(
            zod.object({
              id: zod.string(),
              dimensionId: zod.string(),
              title: zod.string(),
              prompt: zod.string(),
              descriptors: zod.array(
                zod.object({ level: zod.number(), text: zod.string() }),
              ),
            }),
          ),
        }),
    },
    async action({ credentials }) {
      await access.forCredentials.modelReader(credentials);
      return { output: views.model() };
    },
  });
}
