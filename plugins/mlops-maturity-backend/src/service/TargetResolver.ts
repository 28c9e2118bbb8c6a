import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { MaturityTarget } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { MlServiceRecord } from '../database/scorecardTypes';
import { recordsOf } from './catalogRecords';
import { TargetRule } from './targets';

/**
 * Resolves which target of `mlopsMaturity.targets` applies to an entity, from
 * its catalog data (its system's domain asked of the catalog).
 */
export class TargetResolver {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      targets: TargetRule[];
    },
  ) {}

  /** An entity's scorecard record, with its target and its system's domain. */
  async recordOf(entity: Entity): Promise<MlServiceRecord> {
    const { catalog, auth, targets } = this.options;
    const [record] = await recordsOf({
      catalog,
      credentials: await auth.getOwnServiceCredentials(),
      entities: [entity],
      targets,
    });
    return record;
  }

  /** The target that applies to the entity; null when none does. */
  async targetOf(entity: Entity): Promise<MaturityTarget | null> {
    const { targetLevel, targetTitle } = await this.recordOf(entity);
    return targetLevel === null
      ? null
      : { level: targetLevel, title: targetTitle };
  }
}
