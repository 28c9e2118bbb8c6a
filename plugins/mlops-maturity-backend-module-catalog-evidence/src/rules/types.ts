import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { UrlTemplate } from './urlTemplate';

/**
 * A rule as app-config writes it (`mlopsMaturity.evidence.rules[]`), and as
 * the shipped defaults are written.
 */
export interface CatalogEvidenceRuleConfig {
  /** Unique; a rule with the id of a default changes that default. */
  id: string;
  /** The condition on the entity: exactly one kind of condition. */
  when: {
    /** An annotation is present (with `equals`: has that value). */
    annotation?: string;
    /** A label is present (with `equals`: has that value). */
    label?: string;
    /** With `annotation` or `label`: the value it must have, case-insensitive. */
    equals?: string;
    /** A tag, case-insensitive. */
    tag?: string;
    /** A link of this type, case-insensitive. */
    linkType?: string;
    /** A link with this title, case-insensitive. */
    linkTitle?: string;
    /** A dependsOn relation to a Resource whose spec.type is this, case-insensitive. */
    dependsOnResourceType?: string;
    /** TechDocs: the backstage.io/techdocs-ref annotation. */
    techdocs?: true;
  };
  questionId: string;
  /** The level the evidence demonstrates, 1 to 4. */
  level: number;
  title: string;
  /**
   * The link to show: a URL template with `{{value}}` (the annotation's or
   * label's value) and `{{annotation:KEY}}` or `{{annotation:KEY|fallback}}`.
   * Without it: the link's URL, the related Resource's page, the TechDocs
   * page, or the entity's page.
   */
  url?: string;
  /** False switches the rule (e.g. a default) off. */
  enabled?: boolean;
}

/** The condition of a validated rule. */
export type CatalogEvidenceCondition =
  | { kind: 'annotation'; key: string; equals?: string }
  | { kind: 'label'; key: string; equals?: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'link'; linkType?: string; linkTitle?: string }
  | { kind: 'dependsOnResource'; resourceType: string }
  | { kind: 'techdocs' };

/** A rule checked against the model, ready to run. */
export interface CatalogEvidenceRule {
  id: string;
  condition: CatalogEvidenceCondition;
  questionId: string;
  level: MaturityLevelNumber;
  title: string;
  url?: UrlTemplate;
}

/** The annotation TechDocs reads. */
export const TECHDOCS_ANNOTATION = 'backstage.io/techdocs-ref';
