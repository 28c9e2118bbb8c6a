import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  EVIDENCE_SIGNAL_LIMITS,
  EvidenceSignal,
  MATURITY_LEVELS,
  MaturityLevelNumber,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * A signal as the plugin keeps it before a reader sees it: checked against
 * the model, with its `source` and `observedAt` set, and with the entities
 * its title, url and detail reveal, to be checked against each reader.
 * Never served as it is: a reader gets an `EvidenceSignal`.
 *
 * @public
 */
export interface ProviderEvidenceSignal extends EvidenceSignal {
  /** Entity refs as `stringifyEntityRef` writes them; absent when the signal reveals none. */
  relatedEntityRefs?: string[];
}

/**
 * A signal checked against the model by {@link checkSignal}: kept, or why
 * it was dropped (with its `questionId` as the provider wrote it, if any).
 *
 * @public
 */
export type CheckedSignal =
  | { signal: ProviderEvidenceSignal }
  | { dropped: string; questionId?: unknown };

function clip(text: string, max: number) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The question ids of each model, for a lookup per signal rather than a scan. */
const questionIds = new WeakMap<MaturityModel, Set<string>>();

function isQuestionOf(model: MaturityModel, id: string) {
  let ids = questionIds.get(model);
  if (!ids) {
    ids = new Set(model.questions.map(q => q.id));
    questionIds.set(model, ids);
  }
  return ids.has(id);
}

function isHttpUrl(value: string) {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The related entity refs, each as `stringifyEntityRef` writes it, or what
 * is wrong with them: a signal whose related entities are unknown cannot be
 * shown safely to anyone, so it is dropped rather than clipped.
 */
function checkRelatedRefs(
  value: unknown,
): { refs: string[] } | { problem: string } {
  if (value === undefined) return { refs: [] };
  const max = EVIDENCE_SIGNAL_LIMITS.relatedEntityRefsMaxCount;
  if (!Array.isArray(value) || value.length > max) {
    return {
      problem: `relatedEntityRefs must be a list of at most ${max} entity refs, got ${
        Array.isArray(value) ? `${value.length} items` : JSON.stringify(value)
      }`,
    };
  }
  const refs = new Set<string>();
  for (const ref of value) {
    try {
      if (typeof ref !== 'string') throw new TypeError('not a string');
      refs.add(stringifyEntityRef(parseEntityRef(ref)));
    } catch {
      return {
        problem: `relatedEntityRefs has ${JSON.stringify(
          ref,
        )}, which is not an entity ref like "resource:default/model-registry"`,
      };
    }
  }
  return { refs: [...refs] };
}

/**
 * Turns one signal a provider returned into a signal of the model, with its
 * source and time set, as the mlops-maturity backend does; anything a person
 * could be misled by (an unknown question, a level outside the model, no
 * title, a URL that is not http(s), related entities that are not entity
 * refs) drops it. Over-long text is clipped.
 *
 * @param model - the maturity model the plugin runs with
 * @param raw - the signal as the provider returned it
 * @param source - the provider's id
 * @param askedAt - when the plugin asked (ISO 8601): the `observedAt` of a signal without a valid one
 * @public
 */
export function checkSignal(
  model: MaturityModel,
  raw: unknown,
  source: string,
  askedAt: string,
): CheckedSignal {
  if (!raw || typeof raw !== 'object') {
    return {
      dropped: `a signal must be an object, got ${JSON.stringify(raw)}`,
    };
  }
  const {
    questionId,
    level,
    title,
    url,
    detail,
    observedAt,
    relatedEntityRefs,
  } = raw as Record<string, unknown>;
  if (typeof questionId !== 'string' || !isQuestionOf(model, questionId)) {
    return {
      questionId,
      dropped: `questionId ${JSON.stringify(
        questionId,
      )} is not a question of the model ${model.id}@${model.version}`,
    };
  }
  if (!MATURITY_LEVELS.includes(level as MaturityLevelNumber)) {
    return {
      questionId,
      dropped: `level ${JSON.stringify(
        level,
      )} of ${questionId} is not one of ${MATURITY_LEVELS.join(', ')}`,
    };
  }
  if (typeof title !== 'string' || !title.trim()) {
    return { questionId, dropped: `the signal for ${questionId} has no title` };
  }
  if (
    url !== undefined &&
    (typeof url !== 'string' ||
      url.length > EVIDENCE_SIGNAL_LIMITS.urlMaxLength ||
      !isHttpUrl(url))
  ) {
    return {
      questionId,
      dropped: `the url of the signal for ${questionId} is not an absolute http(s) URL of at most ${EVIDENCE_SIGNAL_LIMITS.urlMaxLength} characters`,
    };
  }
  const related = checkRelatedRefs(relatedEntityRefs);
  if ('problem' in related) {
    return {
      questionId,
      dropped: `the signal for ${questionId}: ${related.problem}`,
    };
  }
  const observed =
    typeof observedAt === 'string' && !Number.isNaN(Date.parse(observedAt))
      ? new Date(observedAt).toISOString()
      : askedAt;
  return {
    signal: {
      questionId,
      level: level as MaturityLevelNumber,
      title: clip(title.trim(), EVIDENCE_SIGNAL_LIMITS.titleMaxLength),
      ...(url !== undefined && { url: url as string }),
      source,
      observedAt: observed,
      ...(typeof detail === 'string' &&
        detail.trim() && {
          detail: clip(detail.trim(), EVIDENCE_SIGNAL_LIMITS.detailMaxLength),
        }),
      ...(related.refs.length > 0 && { relatedEntityRefs: related.refs }),
    },
  };
}
