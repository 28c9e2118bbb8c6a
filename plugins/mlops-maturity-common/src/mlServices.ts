import { Config } from '@backstage/config';

/**
 * The annotation that opts a catalog entity in (`"true"`) or out (`"false"`)
 * of maturity assessments regardless of its kind and type.
 *
 * @public
 */
export const MLOPS_MATURITY_ENABLED_ANNOTATION = 'mlops.maturity/enabled';

/**
 * Which catalog entities count as ML services.
 *
 * @public
 */
export interface MlServiceSelection {
  /** Entity kinds that can be ML services, matched case-insensitively. */
  kinds: string[];
  /** `spec.type` values that make an entity of those kinds an ML service. */
  types: string[];
}

/**
 * The default selection: Components of type ml-service, ml-model or ml-pipeline.
 *
 * @public
 */
export const defaultMlServiceSelection: MlServiceSelection = {
  kinds: ['Component'],
  types: ['ml-service', 'ml-model', 'ml-pipeline'],
};

/**
 * The parts of a catalog entity the selection looks at.
 *
 * @public
 */
export interface SelectableEntity {
  kind: string;
  metadata: { annotations?: Record<string, string> };
  spec?: { type?: unknown } | Record<string, unknown>;
}

/**
 * Whether an entity is an ML service: the annotation decides when present,
 * otherwise its kind and `spec.type` must match the selection.
 *
 * @public
 */
export function isMlServiceEntity(
  entity: SelectableEntity,
  selection: MlServiceSelection = defaultMlServiceSelection,
): boolean {
  const flag = entity.metadata.annotations?.[MLOPS_MATURITY_ENABLED_ANNOTATION];
  if (flag === 'true') return true;
  if (flag === 'false') return false;
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const type = entity.spec?.type;
  return (
    selection.kinds.some(k => k.toLocaleLowerCase('en-US') === kind) &&
    typeof type === 'string' &&
    selection.types.includes(type)
  );
}

/**
 * Reads `mlopsMaturity.entities` (`kinds`, `types`) from config, falling back
 * to {@link defaultMlServiceSelection} for what is not set.
 *
 * @public
 */
export function readMlServiceSelection(config: Config): MlServiceSelection {
  const entities = config.getOptionalConfig('mlopsMaturity.entities');
  return {
    kinds:
      entities?.getOptionalStringArray('kinds') ??
      defaultMlServiceSelection.kinds,
    types:
      entities?.getOptionalStringArray('types') ??
      defaultMlServiceSelection.types,
  };
}
