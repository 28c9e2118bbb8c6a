/**
 * A maturity level number. The model always has five levels, 0 (Manual) to 4
 * (Full MLOps); every question has one descriptor per level.
 *
 * @public
 */
export type MaturityLevelNumber = 0 | 1 | 2 | 3 | 4;

/**
 * All level numbers, lowest first.
 *
 * @public
 */
export const MATURITY_LEVELS: readonly MaturityLevelNumber[] = [0, 1, 2, 3, 4];

/**
 * What a level looks like in practice, shown beside the level's name.
 *
 * @public
 */
export interface MaturityLevelCharacteristics {
  /** The level's key characteristic in a few words. */
  keyCharacteristic: string;
  /** Share of the ML lifecycle that is automated, e.g. "50%". */
  automation: string;
  /** Typical time to deploy a model change. */
  deployTime: string;
  /** Typical team composition. */
  teamSize: string;
  /** Typical technology stack. */
  stack: string[];
}

/**
 * One of the five maturity levels.
 *
 * @public
 */
export interface MaturityLevel {
  level: MaturityLevelNumber;
  name: string;
  summary: string;
  characteristics: MaturityLevelCharacteristics;
}

/**
 * A weighted group of questions, e.g. "People & Process" (30%).
 *
 * @public
 */
export interface MaturityDimension {
  /** Stable id, referenced by questions and roadmap initiatives. */
  id: string;
  name: string;
  /** Share of the weighted score in (0, 1]; the weights of a model sum to 1. */
  weight: number;
  description?: string;
}

/**
 * One questionnaire item with a descriptor per level (index = level).
 *
 * @public
 */
export interface MaturityQuestion {
  /** Stable id; answers are keyed by it. */
  id: string;
  dimensionId: string;
  /** Short name, e.g. "Reproducibility". */
  title: string;
  /** The question itself, e.g. "Can you recreate any model from 6 months ago?". */
  prompt: string;
  /** Exactly five descriptors; `descriptors[n]` describes level n. */
  descriptors: string[];
}

/**
 * One initiative of a roadmap phase, tagged with the dimension it improves.
 *
 * @public
 */
export interface RoadmapInitiative {
  name: string;
  tools: string;
  successCriteria: string;
  dimensionId: string;
}

/**
 * A phase of a roadmap transition, e.g. "Foundation (Month 1-2)".
 *
 * @public
 */
export interface RoadmapPhase {
  name: string;
  timeframe: string;
  initiatives: RoadmapInitiative[];
}

/**
 * The roadmap from one level to the next.
 *
 * @public
 */
export interface RoadmapTransition {
  from: MaturityLevelNumber;
  to: MaturityLevelNumber;
  goal: string;
  duration: string;
  investment?: string;
  team?: string;
  phases: RoadmapPhase[];
}

/**
 * A complete, versioned maturity model. Assessments pin the `id` and
 * `version` they were answered against.
 *
 * @public
 */
export interface MaturityModel {
  id: string;
  version: string;
  name: string;
  description?: string;
  levels: MaturityLevel[];
  dimensions: MaturityDimension[];
  questions: MaturityQuestion[];
  roadmaps: RoadmapTransition[];
}
