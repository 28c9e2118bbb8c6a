import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  EVIDENCE_SIGNAL_LIMITS,
  MaturityLevelNumber,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { DEFAULT_RULES } from './defaultRules';
import {
  CatalogEvidenceCondition,
  CatalogEvidenceRule,
  CatalogEvidenceRuleConfig,
} from './types';
import { parseUrlTemplate } from './urlTemplate';

const RULES_KEY = 'mlopsMaturity.evidence.rules';
const DEFAULTS_KEY = 'mlopsMaturity.evidence.defaults';
const RULE_FIELDS = [
  'id',
  'when',
  'questionId',
  'level',
  'title',
  'url',
  'enabled',
];
const CONDITION_FIELDS = [
  'annotation',
  'label',
  'equals',
  'tag',
  'linkType',
  'linkTitle',
  'dependsOnResourceType',
  'techdocs',
];
const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/i;

class RuleError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || !value.trim()) {
    throw new RuleError(
      `${where} must be a non-empty string, got ${JSON.stringify(value)}`,
    );
  }
  return value.trim();
}

function readCondition(when: unknown, where: string): CatalogEvidenceCondition {
  if (!isObject(when)) {
    throw new RuleError(
      `${where} must be an object with one condition (${CONDITION_FIELDS.filter(
        f => f !== 'equals',
      ).join(', ')}), got ${JSON.stringify(when)}`,
    );
  }
  for (const key of Object.keys(when)) {
    if (!CONDITION_FIELDS.includes(key)) {
      throw new RuleError(
        `${where}.${key} is not a condition; use one of ${CONDITION_FIELDS.join(
          ', ',
        )}`,
      );
    }
  }
  const kinds = [
    'annotation' in when && 'annotation',
    'label' in when && 'label',
    'tag' in when && 'tag',
    ('linkType' in when || 'linkTitle' in when) && 'link',
    'dependsOnResourceType' in when && 'dependsOnResourceType',
    'techdocs' in when && 'techdocs',
  ].filter(Boolean);
  if (kinds.length !== 1) {
    throw new RuleError(
      `${where} must have exactly one condition (annotation, label, tag, linkType/linkTitle, dependsOnResourceType or techdocs), got ${
        kinds.length ? kinds.join(' and ') : 'none'
      }`,
    );
  }
  const equals =
    when.equals === undefined
      ? undefined
      : text(when.equals, `${where}.equals`);
  if (
    equals !== undefined &&
    kinds[0] !== 'annotation' &&
    kinds[0] !== 'label'
  ) {
    throw new RuleError(
      `${where}.equals goes with annotation or label, not with ${kinds[0]}`,
    );
  }
  const eq = equals === undefined ? {} : { equals };
  switch (kinds[0]) {
    case 'annotation':
      return {
        kind: 'annotation',
        key: text(when.annotation, `${where}.annotation`),
        ...eq,
      };
    case 'label':
      return { kind: 'label', key: text(when.label, `${where}.label`), ...eq };
    case 'tag':
      return { kind: 'tag', tag: text(when.tag, `${where}.tag`) };
    case 'link':
      return {
        kind: 'link',
        ...(when.linkType !== undefined && {
          linkType: text(when.linkType, `${where}.linkType`),
        }),
        ...(when.linkTitle !== undefined && {
          linkTitle: text(when.linkTitle, `${where}.linkTitle`),
        }),
      };
    case 'dependsOnResourceType':
      return {
        kind: 'dependsOnResource',
        resourceType: text(
          when.dependsOnResourceType,
          `${where}.dependsOnResourceType`,
        ),
      };
    default:
      if (when.techdocs !== true) {
        throw new RuleError(
          `${where}.techdocs must be true (the entity has TechDocs), got ${JSON.stringify(
            when.techdocs,
          )}`,
        );
      }
      return { kind: 'techdocs' };
  }
}

/**
 * One rule, checked; `where` names it in errors, e.g.
 * `mlopsMaturity.evidence.rules[2]`. Returns undefined for a default whose
 * question the model does not have (`lenientQuestion`).
 */
function readRule(
  raw: Record<string, unknown>,
  where: string,
  model: MaturityModel,
  lenientQuestion = false,
): CatalogEvidenceRule | undefined {
  for (const key of Object.keys(raw)) {
    if (!RULE_FIELDS.includes(key)) {
      throw new RuleError(
        `${where}.${key} is not a rule field; a rule has ${RULE_FIELDS.join(
          ', ',
        )}`,
      );
    }
  }
  const id = text(raw.id, `${where}.id`);
  const condition = readCondition(raw.when, `${where}.when`);
  const questionId = text(raw.questionId, `${where}.questionId`);
  if (!model.questions.some(q => q.id === questionId)) {
    if (lenientQuestion) return undefined;
    throw new RuleError(
      `${where}.questionId "${questionId}" is not a question of the model ${
        model.id
      }@${model.version} (one of: ${model.questions
        .map(q => q.id)
        .join(', ')})`,
    );
  }
  const level = raw.level;
  if (
    typeof level !== 'number' ||
    !Number.isInteger(level) ||
    level < 1 ||
    level > 4
  ) {
    throw new RuleError(
      `${where}.level must be a whole number from 1 to 4 (the level the evidence demonstrates), got ${JSON.stringify(
        level,
      )}`,
    );
  }
  const title = text(raw.title, `${where}.title`);
  if (title.length > EVIDENCE_SIGNAL_LIMITS.titleMaxLength) {
    throw new RuleError(
      `${where}.title must be at most ${EVIDENCE_SIGNAL_LIMITS.titleMaxLength} characters, got ${title.length}`,
    );
  }
  let url;
  if (raw.url !== undefined) {
    const template = text(raw.url, `${where}.url`);
    try {
      url = parseUrlTemplate(template);
    } catch (error) {
      throw new RuleError(
        `${where}.url "${template}" ${(error as Error).message}`,
      );
    }
    if (
      url.usesValue &&
      condition.kind !== 'annotation' &&
      condition.kind !== 'label'
    ) {
      throw new RuleError(
        `${where}.url uses {{value}}, which only an annotation or label condition has`,
      );
    }
  }
  return {
    id,
    condition,
    questionId,
    level: level as MaturityLevelNumber,
    title,
    ...(url && { url }),
  };
}

/**
 * The rules to run: the shipped defaults (unless `mlopsMaturity.evidence.defaults`
 * is false), changed or switched off by app-config rules with a default's
 * id, followed by the other app-config rules. Throws on a bad rule with a
 * message naming it, so the backend does not start with it.
 */
export function readCatalogEvidenceRules(
  config: Config,
  model: MaturityModel,
  logger?: LoggerService,
): CatalogEvidenceRule[] {
  const withDefaults = config.getOptionalBoolean(DEFAULTS_KEY) ?? true;
  const raw = config.getOptional(RULES_KEY) ?? [];
  try {
    if (!Array.isArray(raw)) {
      throw new RuleError(`${RULES_KEY} must be a list of rules`);
    }
    const defaults = new Map<string, CatalogEvidenceRuleConfig>(
      withDefaults ? DEFAULT_RULES.map(r => [r.id, r]) : [],
    );
    // Each default, then each added rule, with where its fields come from.
    const planned = new Map<
      string,
      { raw: Record<string, unknown>; where: string; isDefault: boolean }
    >();
    for (const rule of defaults.values()) {
      planned.set(rule.id, {
        raw: { ...rule },
        where: `default evidence rule ${rule.id}`,
        isDefault: true,
      });
    }
    const seen = new Map<string, number>();
    raw.forEach((entry, index) => {
      const where = `${RULES_KEY}[${index}]`;
      if (!isObject(entry)) {
        throw new RuleError(
          `${where} must be an object with id, when, questionId, level and title`,
        );
      }
      const id = text(entry.id, `${where}.id`);
      if (!ID_PATTERN.test(id)) {
        throw new RuleError(
          `${where}.id "${id}" must be letters, digits, ".", "_" and "-" (at most 100, starting with a letter or digit)`,
        );
      }
      if (seen.has(id)) {
        throw new RuleError(
          `${where}.id "${id}" is already the id of ${RULES_KEY}[${seen.get(
            id,
          )}]`,
        );
      }
      seen.set(id, index);
      if (entry.enabled !== undefined && typeof entry.enabled !== 'boolean') {
        throw new RuleError(
          `${where}.enabled must be true or false, got ${JSON.stringify(
            entry.enabled,
          )}`,
        );
      }
      const base = defaults.get(id);
      if (entry.enabled === false) {
        if (!base) {
          logger?.info(
            `${where} (${id}) is switched off${
              withDefaults ? '' : ' (the defaults are off too)'
            }`,
          );
        }
        planned.delete(id);
        return;
      }
      // Changing a default: the fields given replace the default's.
      planned.set(id, {
        raw: { ...base, ...entry },
        where,
        isDefault: false,
      });
    });

    const rules: CatalogEvidenceRule[] = [];
    for (const { raw: fields, where, isDefault } of planned.values()) {
      const { enabled: _, ...rule } = fields;
      const checked = readRule(rule, where, model, isDefault);
      if (checked) {
        rules.push(checked);
      } else {
        logger?.warn(
          `The ${where} is off: the model ${model.id}@${model.version} has no question ${fields.questionId}`,
        );
      }
    }
    return rules;
  } catch (error) {
    if (error instanceof RuleError) {
      throw new Error(`Invalid MLOps maturity evidence rule: ${error.message}`);
    }
    throw error;
  }
}
