import { NotFoundError } from '@backstage/errors';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ModelStore } from '../database/ModelStore';
import { Access } from '../service/access';
import { modelParams } from '../validation/modelRequests';
import { parseOrThrow } from '../validation/inputErrors';
import { ApiRouter } from './apiRouter';

/** What the model routes need. */
export interface ModelRouteOptions {
  config: { model: MaturityModel };
  models: ModelStore;
  access: Access;
}

/** `GET /model`, the active model, and `GET /models/:modelId/:version`, a pinned one. */
export function registerModelRoutes(
  router: ApiRouter,
  options: ModelRouteOptions,
) {
  const { models, access } = options;
  const { model } = options.config;

  router.get('/model', async (req, res) => {
    await access.modelReader(req);
    res.json(model);
  });

  router.get('/models/:modelId/:version', async (req, res) => {
    await access.modelReader(req);
    const { modelId, version } = parseOrThrow(modelParams, req.params, 'path');
    const stored =
      modelId === model.id && version === model.version
        ? model
        : await models.get(modelId, version);
    if (!stored)
      throw new NotFoundError(`No maturity model ${modelId}@${version}`);
    res.json(stored);
  });
}
