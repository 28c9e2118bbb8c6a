import { EntityEvidenceResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { EvidenceForReader } from '../evidence/EvidenceForReader';
import { Access } from '../service/access';
import { Audit } from '../service/audit';
import { entityRefFromParams } from '../validation/assessmentRequests';
import { ApiRouter } from './apiRouter';

/** What the evidence route needs. */
export interface EvidenceRouteOptions {
  evidence: EvidenceForReader;
  access: Access;
  audited: Audit;
}

/**
 * `GET /assessments/:kind/:namespace/:name/evidence`: the entity's evidence
 * signals now, to whoever may read its assessment, withheld where they name
 * an entity the caller may not read. Registered on the
 * plugin's router itself, so the OpenAPI check sees it.
 */
export function registerEvidenceRoutes(
  router: ApiRouter,
  options: EvidenceRouteOptions,
) {
  router.get(
    '/assessments/:kind/:namespace/:name/evidence',
    async (req, res) => {
      const { evidence, access, audited } = options;
      const entityRef = entityRefFromParams(req.params);
      const signals = await audited.read(
        req,
        'assessment-evidence-read',
        { entityRef },
        async () => {
          const { entity, credentials } = await access.entityReader(
            req,
            entityRef,
          );
          return evidence.signalsFor(entity, credentials);
        },
      );
      const body: EntityEvidenceResponse = { signals };
      res.json(body);
    },
  );
}
