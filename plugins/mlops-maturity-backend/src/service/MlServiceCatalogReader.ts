import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  isMlServiceEntity,
  MlServiceSelection,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { entityRefOf } from '../database/EntityIdentity';
import { mlServiceFilter, SERVICE_FIELDS } from './catalogRecords';

/** What visibility needs of an ML service to name it. */
const REF_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.annotations',
  'spec.type',
];

/**
 * Reads the ML services of the catalog, with the credentials given: the
 * plugin's own for the sync, a caller's for what that caller may read.
 */
export class MlServiceCatalogReader {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      selection: MlServiceSelection;
    },
  ) {}

  /** The plugin's own credentials, which read every entity. */
  ownCredentials(): Promise<BackstageCredentials> {
    return this.options.auth.getOwnServiceCredentials();
  }

  /** The ML services the credentials may read in the catalog, a page at a time. */
  async *streamServices(
    credentials: BackstageCredentials,
    fields = SERVICE_FIELDS,
  ): AsyncGenerator<Entity[]> {
    const { catalog, selection } = this.options;
    for await (const page of catalog.streamEntities(
      { filter: mlServiceFilter(selection), fields },
      { credentials },
    )) {
      yield page.filter(entity => isMlServiceEntity(entity, selection));
    }
  }

  /** The refs of the ML services the credentials may read in the catalog, a page at a time. */
  async *readableServiceRefs(
    credentials: BackstageCredentials,
  ): AsyncGenerator<string[]> {
    for await (const page of this.streamServices(credentials, REF_FIELDS)) {
      yield page.map(entityRefOf);
    }
  }
}
