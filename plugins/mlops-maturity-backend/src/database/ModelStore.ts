import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createHash } from 'node:crypto';
import { Knex } from 'knex';

const MODELS = 'mlops_maturity_models';

/** The SHA-256 of a model's JSON, to notice a model changed under the same version. */
export function modelFingerprint(model: MaturityModel): string {
  return createHash('sha256').update(JSON.stringify(model)).digest('hex');
}

/**
 * Every maturity model version the plugin has run with, so that an
 * assessment can always be shown against the model it was answered on.
 */
export class ModelStore {
  constructor(private readonly db: Knex) {}

  /**
   * Records a model version. A version already stored with different content
   * is an error: stored assessments must keep meaning what they meant.
   */
  async register(model: MaturityModel): Promise<void> {
    const fingerprint = modelFingerprint(model);
    await this.db(MODELS)
      .insert({
        model_id: model.id,
        version: model.version,
        fingerprint,
        definition: JSON.stringify(model),
        created_at: new Date(),
      })
      .onConflict(['model_id', 'version'])
      .ignore();
    const stored = await this.db(MODELS)
      .where({ model_id: model.id, version: model.version })
      .first('fingerprint');
    if (stored?.fingerprint !== fingerprint) {
      throw new Error(
        `mlopsMaturity.model: ${model.id}@${model.version} is already stored with different content. ` +
          'Give the changed model a new version: assessments keep the model version they were answered against.',
      );
    }
  }

  /** A stored model version, if the plugin ever ran with it. */
  async get(
    modelId: string,
    version: string,
  ): Promise<MaturityModel | undefined> {
    const row = await this.db(MODELS)
      .where({ model_id: modelId, version })
      .first('definition');
    return row ? JSON.parse(row.definition) : undefined;
  }
}
