import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { Entity } from '@backstage/catalog-model';
import {
  EvidenceSignal,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Access } from '../service/access';
import { AssessmentService } from '../service/AssessmentService';
import { ReviewService } from '../service/ReviewService';
import { ScorecardService } from '../service/ScorecardService';
import { Audit } from '../service/audit';
import { maturityViews } from './maturityViews';

/** What the actions need; built in plugin.ts beside the router. */
export interface MaturityActionsOptions {
  actionsRegistry: ActionsRegistryService;
  model: MaturityModel;
  staleAfterDays: number;
  /** The app's base URL, for links to an entity's Maturity tab; empty for links relative to the app. */
  appBaseUrl: string;
  /** Assessments as the caller may read and update them. */
  assessmentService: AssessmentService;
  /** The scorecard as the caller may see it. */
  scorecardService: ScorecardService;
  /** The review queue as the caller may act on it. */
  reviewService: ReviewService;
  /** The entity's evidence signals now (the evidence providers'), as the caller may see them. */
  signalsOf: (
    entity: Entity,
    credentials: BackstageCredentials,
  ) => Promise<EvidenceSignal[]>;
  access: Access;
  audit: Audit;
}

/** The views of the model the actions answer with. */
export type MaturityViews = ReturnType<typeof maturityViews>;

/** What each action may take: the options, and the views built once from the model. */
export interface MaturityActionDeps extends MaturityActionsOptions {
  views: MaturityViews;
}
