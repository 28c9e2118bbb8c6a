import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { CatalogClient } from '@backstage/catalog-client';
import { resolveMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { mlopsMaturityEvidenceExtensionPoint } from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { CatalogEvidenceProvider } from './provider/CatalogEvidenceProvider';
import { readCatalogEvidenceRules } from './rules/readRules';

/**
 * The mlops-maturity backend module that adds the `catalog` evidence
 * provider: declarative rules over catalog data, from
 * `mlopsMaturity.evidence.rules` and the shipped defaults.
 *
 * @public
 */
export const mlopsMaturityModuleCatalogEvidence = createBackendModule({
  pluginId: 'mlops-maturity',
  moduleId: 'catalog-evidence',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        evidence: mlopsMaturityEvidenceExtensionPoint,
      },
      async init({ config, logger, discovery, auth, evidence }) {
        // The rules are checked against the model the plugin uses, resolved
        // from the same app-config; a bad rule stops the backend here.
        const model = resolveMaturityModel(
          config.getOptional('mlopsMaturity.model'),
        );
        const rules = readCatalogEvidenceRules(config, model, logger);
        evidence.addProvider(
          new CatalogEvidenceProvider({
            rules,
            catalog: new CatalogClient({ discoveryApi: discovery }),
            auth,
            appBaseUrl: config.getOptionalString('app.baseUrl'),
          }),
        );
        logger.info(
          `Catalog evidence: ${rules.length} rules (${rules
            .map(r => r.id)
            .join(', ')})`,
        );
      },
    });
  },
});
