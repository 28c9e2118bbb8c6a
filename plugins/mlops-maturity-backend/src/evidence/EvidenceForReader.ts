import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  EVIDENCE_WITHHELD_TITLE,
  EvidenceSignal,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ProviderEvidenceSignal } from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { EvidenceService } from './EvidenceService';

/** What a signal may say to a reader who may not read an entity it reveals. */
function withheld(signal: ProviderEvidenceSignal): EvidenceSignal {
  const { questionId, level, source, observedAt } = signal;
  return {
    questionId,
    level,
    title: EVIDENCE_WITHHELD_TITLE,
    source,
    observedAt,
    withheld: true,
  };
}

/** The signal as served: the related refs are the plugin's to check, never the reader's to see. */
function served(signal: ProviderEvidenceSignal): EvidenceSignal {
  const { relatedEntityRefs: _, ...rest } = signal;
  return rest;
}

/**
 * The evidence of an entity as one reader may see it. Providers run with the
 * plugin's service credentials and may name entities the reader may not
 * read; a signal that lists such an entity among its related ones keeps its
 * question and level (the backing still counts) but not its title, link or
 * detail. Whether the reader may read the related entities is asked of the
 * catalog with the reader's credentials, once per request for all of them,
 * so the catalog's own permission decision (whatever the policy) applies.
 * Every door that shows evidence to a reader (the evidence route, the MCP
 * action) goes through here.
 */
export class EvidenceForReader {
  constructor(
    private readonly options: {
      evidence: EvidenceService;
      catalog: CatalogService;
    },
  ) {}

  /** The entity's signals, in the model's question order, as `credentials` may see them. */
  async signalsFor(
    entity: Entity,
    credentials: BackstageCredentials,
  ): Promise<EvidenceSignal[]> {
    const signals = await this.options.evidence.signalsForEntity(entity);
    const related = [
      ...new Set(signals.flatMap(s => s.relatedEntityRefs ?? [])),
    ];
    if (related.length === 0) return signals.map(served);

    const { items } = await this.options.catalog.getEntitiesByRefs(
      {
        entityRefs: related,
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials },
    );
    // Items come in the order asked; null for an entity the reader may not
    // read or the catalog does not have: both are withheld alike, so the
    // answer does not tell them apart.
    const readable = new Set(related.filter((_, i) => items[i]));
    return signals.map(signal =>
      (signal.relatedEntityRefs ?? []).every(ref => readable.has(ref))
        ? served(signal)
        : withheld(signal),
    );
  }
}
