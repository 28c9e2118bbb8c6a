import { defaultMaturityModel } from './defaultModel';
import {
  checkString,
  Issues,
  isObject,
  validateMaturityModel,
} from './validateMaturityModel';
import {
  MaturityDimension,
  MaturityLevel,
  MaturityModel,
  MaturityModelSource,
  MaturityQuestion,
  RoadmapTransition,
} from './types';

/**
 * How an organisation customises the model in app-config
 * (`mlopsMaturity.model`). Dimensions and questions are merged into the base
 * model by id (fields given override, new ids are added); `removeQuestions`
 * and `removeDimensions` drop entries; `roadmaps`, `levels` and `sources`,
 * when given, replace the base ones. `extends: none` starts from an empty
 * question bank.
 *
 * @public
 */
export interface MaturityModelOverride {
  id: string;
  version: string;
  name?: string;
  description?: string;
  extends?: 'default' | 'none';
  dimensions?: Array<Partial<MaturityDimension> & { id: string }>;
  questions?: Array<Partial<MaturityQuestion> & { id: string }>;
  removeDimensions?: string[];
  removeQuestions?: string[];
  levels?: MaturityLevel[];
  roadmaps?: RoadmapTransition[];
  sources?: MaturityModelSource[];
}

/**
 * Thrown when a model (or an override) is invalid; `issues` lists every
 * problem with the path it concerns.
 *
 * @public
 */
export class InvalidMaturityModelError extends Error {
  readonly issues: string[];

  constructor(source: string, issues: string[]) {
    super(
      `Invalid MLOps maturity model in ${source}:\n${issues
        .map(i => `  - ${i}`)
        .join('\n')}`,
    );
    this.name = 'InvalidMaturityModelError';
    this.issues = issues;
  }
}

function mergeById<T extends { id: string }>(
  base: T[],
  changes: Array<Partial<T> & { id: string }> | undefined,
  removed: string[] | undefined,
): T[] {
  const result = base
    .filter(item => !(removed ?? []).includes(item.id))
    .map(item => ({ ...item }));
  for (const change of changes ?? []) {
    const index = result.findIndex(item => item.id === change.id);
    if (index >= 0) result[index] = { ...result[index], ...change };
    else result.push({ ...change } as T);
  }
  return result;
}

function checkOverride(
  override: Record<string, unknown>,
  path: string,
): Issues {
  const issues: Issues = [];
  const allowed = [
    'id',
    'version',
    'name',
    'description',
    'extends',
    'dimensions',
    'questions',
    'removeDimensions',
    'removeQuestions',
    'levels',
    'roadmaps',
    'sources',
  ];
  for (const key of Object.keys(override)) {
    if (!allowed.includes(key))
      issues.push(
        `${path}.${key} is not a known setting (allowed: ${allowed.join(
          ', ',
        )})`,
      );
  }
  checkString(issues, `${path}.id`, override.id);
  checkString(issues, `${path}.version`, override.version);
  if (
    override.extends !== undefined &&
    override.extends !== 'default' &&
    override.extends !== 'none'
  ) {
    issues.push(
      `${path}.extends must be "default" or "none", got ${JSON.stringify(
        override.extends,
      )}`,
    );
  }
  for (const key of ['dimensions', 'questions']) {
    const list = override[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) issues.push(`${path}.${key} must be a list`);
    else
      list.forEach((item, i) => {
        if (!isObject(item) || typeof item.id !== 'string')
          issues.push(`${path}.${key}[${i}] must be an object with an id`);
      });
  }
  for (const key of ['removeDimensions', 'removeQuestions']) {
    const list = override[key];
    if (
      list !== undefined &&
      (!Array.isArray(list) || list.some(v => typeof v !== 'string'))
    ) {
      issues.push(`${path}.${key} must be a list of ids`);
    }
  }
  if (
    override.id === defaultMaturityModel.id &&
    override.version === defaultMaturityModel.version
  ) {
    issues.push(
      `${path}: a customised model needs its own id or version (the built-in model is ${defaultMaturityModel.id}@${defaultMaturityModel.version}); stored assessments pin the version they were answered against`,
    );
  }
  return issues;
}

/**
 * The model to use: the built-in one when `override` is undefined, otherwise
 * the built-in one customised by `override` (see {@link MaturityModelOverride}).
 * Throws {@link InvalidMaturityModelError} listing every problem.
 *
 * @public
 */
export function resolveMaturityModel(
  override: unknown,
  path = 'mlopsMaturity.model',
): MaturityModel {
  if (override === undefined || override === null) return defaultMaturityModel;
  if (!isObject(override)) {
    throw new InvalidMaturityModelError(path, [`${path} must be an object`]);
  }
  const overrideIssues = checkOverride(override, path);
  if (overrideIssues.length > 0) {
    throw new InvalidMaturityModelError(path, overrideIssues);
  }
  const o = override as unknown as MaturityModelOverride;
  const base =
    o.extends === 'none'
      ? { ...defaultMaturityModel, dimensions: [], questions: [] }
      : defaultMaturityModel;
  const dimensions = mergeById(
    base.dimensions,
    o.dimensions,
    o.removeDimensions,
  );
  const kept = new Set(dimensions.map(d => d.id));
  // Default roadmaps lose the initiatives of removed dimensions; roadmaps
  // given in the override are taken as they are (and validated).
  const roadmaps =
    o.roadmaps ??
    base.roadmaps.map(r => ({
      ...r,
      phases: r.phases.map(phase => ({
        ...phase,
        initiatives: phase.initiatives.filter(i => kept.has(i.dimensionId)),
      })),
    }));
  const model: MaturityModel = {
    id: o.id,
    version: String(o.version),
    name: o.name ?? base.name,
    description: o.description ?? base.description,
    levels: o.levels ?? base.levels,
    dimensions,
    questions: mergeById(base.questions, o.questions, o.removeQuestions),
    roadmaps,
    sources: o.sources ?? base.sources,
  };
  const issues = validateMaturityModel(model, path);
  if (issues.length > 0) throw new InvalidMaturityModelError(path, issues);
  return model;
}
