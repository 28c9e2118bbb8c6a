import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  AssessmentAnswers,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import {
  EvidenceProvider,
  mlopsMaturityEvidenceExtensionPoint,
  ProvidedEvidenceSignal,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { mlServiceEntity } from './realCatalogBackend';

/*
 * The evidence share's world: four ML services with evidence annotations
 * (tagger confidential to team-b), a provider reading them plus what a
 * controllable tool holds, and the answers ranker and speller submit.
 */

export const EVIDENCE_PREFIX = 'evidence.test/';

export const ENTITIES = [
  mlServiceEntity('ranker', 'team-a', {
    [`${EVIDENCE_PREFIX}training-automation`]: '3',
    [`${EVIDENCE_PREFIX}model-monitoring`]: '1',
  }),
  mlServiceEntity('speller', 'team-a'),
  // Only team-b may read it.
  mlServiceEntity('tagger', 'team-b', {
    [`${EVIDENCE_PREFIX}testing`]: '2',
    'acme.com/confidential': 'true',
  }),
  mlServiceEntity('untouched', 'team-b', {
    [`${EVIDENCE_PREFIX}testing`]: '4',
  }),
];

/** What the tool behind the provider holds beyond the annotations, and whether it is up. */
export const tool = {
  extra: new Map<string, ProvidedEvidenceSignal[]>(),
  down: false,
};

/** Reads the evidence annotations, plus what the tool holds; fails while the tool is down. */
export const annotationsProvider: EvidenceProvider = {
  id: 'annotations',
  async getSignals({ entities }) {
    if (tool.down) throw new Error('the tool is down');
    return {
      signals: Object.fromEntries(
        entities.map(e => [
          `component:default/${e.metadata.name}`,
          [
            ...Object.entries(e.metadata.annotations ?? {})
              .filter(([key]) => key.startsWith(EVIDENCE_PREFIX))
              .map(([key, level]) => ({
                questionId: key.slice(EVIDENCE_PREFIX.length),
                level: Number(level) as MaturityLevelNumber,
                title: `${key} is ${level}`,
              })),
            ...(tool.extra.get(e.metadata.name) ?? []),
          ],
        ]),
      ),
    };
  },
};

export const evidenceModule = createBackendModule({
  pluginId: 'mlops-maturity',
  moduleId: 'test-annotations-evidence',
  register(reg) {
    reg.registerInit({
      deps: { evidence: mlopsMaturityEvidenceExtensionPoint },
      async init({ evidence }) {
        evidence.addProvider(annotationsProvider);
      },
    });
  },
});

/** Every question at level 2, `testing` with an evidence link: 15 answered. */
export const RANKER_ANSWERS: AssessmentAnswers = {
  ...uniformAnswers(2),
  testing: {
    level: 2,
    evidence: [{ title: 'Test report', url: 'https://ci.example.com/ranker' }],
  },
};
/** Every question at level 1 but A/B testing, not applicable: 14 answered. */
export const SPELLER_ANSWERS: AssessmentAnswers = {
  ...uniformAnswers(1),
  'ab-testing': { notApplicable: true, reason: 'One model, no variants' },
};
