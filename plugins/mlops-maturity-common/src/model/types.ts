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
  /** Typical time to deploy a model change, with the source's qualifier. */
  deployTime: string;
  /** Typical system uptime, where the source gives one (Level 4). */
  uptime?: string;
  /** Typical team composition. */
  teamSize: string;
  /** Typical technology stack, each tool named as the source names it. */
  stack: string[];
}

/**
 * Who does what at a level, e.g. "Data scientists": "Work in isolation, …".
 *
 * @public
 */
export interface MaturityLevelRole {
  /** The role or group, e.g. "Data engineers" or "No shared ownership". */
  role: string;
  description: string;
}

/**
 * A worked example of a level from the source: a system and its steps.
 *
 * @public
 */
export interface MaturityLevelExample {
  /** What the example is, e.g. "Fraud detection at Level 3:". */
  title: string;
  steps: string[];
}

/**
 * A quotation the source gives for a level, with where it comes from.
 *
 * @public
 */
export interface MaturityLevelQuote {
  text: string;
  /** The quoted publication, e.g. "Microsoft MLOps Maturity Model". */
  source: string;
  url: string;
  /** When the source was accessed, where given, e.g. "2025-11-16". */
  accessed?: string;
}

/**
 * A problem typical of a level, with what it costs and how it shows.
 *
 * @public
 */
export interface MaturityLevelPainPoint {
  /** The problem, e.g. "No reproducibility". */
  problem: string;
  /** What it does to the organisation, e.g. "Can't recreate model results". */
  impact: string;
  /** How it shows in practice, e.g. "It worked on my laptop". */
  example: string;
}

/**
 * One aspect that a level does better than the level below it.
 *
 * @public
 */
export interface MaturityLevelImprovement {
  /** The aspect, e.g. "Experiment tracking". */
  aspect: string;
  /** How the level below handles it, e.g. "Spreadsheets". */
  previousLevel: string;
  /** How this level handles it, e.g. "Centralized (MLflow/W&B)". */
  thisLevel: string;
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
  /** The problems that define the level, where the model details them. */
  painPoints?: MaturityLevelPainPoint[];
  /** Problems the level still has, i.e. what the next level addresses. */
  remainingPainPoints?: string[];
  /** What changes compared with the level below (not given for Level 0). */
  improvementsOverPrevious?: MaturityLevelImprovement[];
  /** The roles of people and organisation at this level. */
  people?: MaturityLevelRole[];
  /** How models are released at this level, where the source says. */
  modelRelease?: string[];
  /** The source's real-world example of the level. */
  realWorldExample?: MaturityLevelExample;
  /** Quotations about the level, with their sources. */
  quotes?: MaturityLevelQuote[];
  /**
   * Notes of the model's authors, not of the source: where the source
   * contradicts itself about this level, and what the model does there.
   */
  notes?: string[];
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
  /** When within the phase, e.g. "Week 1-4"; absent when the phase's timeframe is all the source gives. */
  timeframe?: string;
  /** Tools the source suggests; absent when it names none. */
  tools?: string;
  /** How to tell the initiative is done; absent when the source gives none. */
  successCriteria?: string;
  /**
   * The dimension whose questions the initiative mostly moves. The model's
   * own tag: the source does not say which dimension an initiative improves.
   */
  dimensionId: string;
  /** Why the tag is what it is, where it is not obvious (the model's words, not the source's). */
  dimensionNote?: string;
}

/**
 * A phase of a roadmap, e.g. "Foundation (Month 1-2)" or
 * "Deployment Automation (Quarter 3)".
 *
 * @public
 */
export interface RoadmapPhase {
  name: string;
  timeframe: string;
  initiatives: RoadmapInitiative[];
}

/**
 * A roadmap from one level to a higher one: usually the next level, or
 * several levels at once for an accelerated path (`to > from`). A model has
 * at most one roadmap per pair of levels; phases are listed in order.
 *
 * @public
 */
export interface RoadmapTransition {
  from: MaturityLevelNumber;
  to: MaturityLevelNumber;
  /** A name for the roadmap, e.g. "Accelerated Path"; shown instead of "Level x to Level y" when given. */
  name?: string;
  goal: string;
  duration: string;
  investment?: string;
  team?: string;
  phases: RoadmapPhase[];
  /**
   * Notes of the model's authors, not of the source: where the source
   * contradicts this roadmap, and what the model does there.
   */
  notes?: string[];
}

/**
 * A publication the model draws on, credited where its content is shown.
 *
 * @public
 */
export interface MaturityModelSource {
  title: string;
  url: string;
  /** What the source contributes, e.g. "Azure MLOps maturity framework". */
  note?: string;
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
  /** Where the model's levels, questions and roadmaps come from. */
  sources?: MaturityModelSource[];
}
