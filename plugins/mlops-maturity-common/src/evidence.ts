import { ANSWER_LIMITS } from './answers/types';
import { MaturityLevelNumber } from './model/types';

/**
 * Evidence that one ML service's practice is at least at some level on one
 * question: "this entity's catalog data (or a tool) shows that question
 * `questionId` is at least at `level`". Signals never answer a question by
 * themselves; the editor offers them to the owner as suggestions.
 *
 * @public
 */
export interface EvidenceSignal {
  /** The question of the maturity model the evidence is about. */
  questionId: string;
  /** The level the evidence demonstrates: the answer is at least this. */
  level: MaturityLevelNumber;
  /** What shows it, in a few words, e.g. "PagerDuty service for on-call". */
  title: string;
  /** Where a person can see the evidence: an absolute http(s) URL. */
  url?: string;
  /** The id of the evidence provider that found it, e.g. "catalog". */
  source: string;
  /** When the provider observed it (ISO 8601). */
  observedAt: string;
  /** What exactly was found, e.g. the annotation and its value. */
  detail?: string;
  /**
   * True when the evidence comes from a catalog entity the reader may not
   * read: its `title` is then {@link EVIDENCE_WITHHELD_TITLE} and it has no
   * `url` or `detail`. The question and level still count. A UI shows its
   * own words for it rather than the English title.
   */
  withheld?: boolean;
}

/**
 * The `title` of a withheld signal (see {@link EvidenceSignal.withheld}).
 *
 * @public
 */
export const EVIDENCE_WITHHELD_TITLE =
  'Backed by a catalog entity you cannot see';

/**
 * Body of `GET /assessments/:kind/:namespace/:name/evidence`.
 *
 * @public
 */
export interface EntityEvidenceResponse {
  /**
   * At most one signal per question: the highest level any provider shows
   * (on a tie, the first provider's), in the model's question order.
   */
  signals: EvidenceSignal[];
}

/**
 * Size limits of a signal. Title and URL match those of an answer's
 * evidence link, so an accepted signal fits one.
 *
 * @public
 */
export const EVIDENCE_SIGNAL_LIMITS = {
  titleMaxLength: ANSWER_LIMITS.evidenceTitleMaxLength,
  urlMaxLength: ANSWER_LIMITS.evidenceUrlMaxLength,
  detailMaxLength: 1000,
  /** How many related entities a provider may list for one signal. */
  relatedEntityRefsMaxCount: 20,
} as const;
