import { DatabaseService } from '@backstage/backend-plugin-api';
import { AssessmentRetentionStore } from './AssessmentRetentionStore';
import { AssessmentStore } from './AssessmentStore';
import { CampaignProgressStore } from './CampaignProgressStore';
import { CampaignStore } from './CampaignStore';
import { DraftStore } from './DraftStore';
import { migrateDatabase } from './migrateDatabase';
import { MlServiceCatalogStore } from './MlServiceCatalogStore';
import { ModelStore } from './ModelStore';
import { PluginMetaStore } from './PluginMetaStore';
import { ReviewStore } from './ReviewStore';
import { ScorecardHeadlineStore } from './ScorecardHeadlineStore';
import { ScorecardQueryStore } from './ScorecardQueryStore';
import { ScorecardTrendStore } from './ScorecardTrendStore';
import { ServiceTrendStore } from './ServiceTrendStore';
import { SnapshotStore } from './SnapshotStore';
import { TeamTrendStore } from './TeamTrendStore';
import { VerifiedLevelStore } from './VerifiedLevelStore';

/** The plugin's stores on one connection, after running its migrations (unless skipped). */
export async function createStores(options: { database: DatabaseService }) {
  const db = await options.database.getClient();
  await migrateDatabase(options.database, db);
  const mlServices = new MlServiceCatalogStore(db);
  const headlines = new ScorecardHeadlineStore(db);
  const scorecard = new ScorecardQueryStore(db);
  const campaignProgress = new CampaignProgressStore(db);
  const reviews = new ReviewStore(db);
  const assessments = new AssessmentStore(db, headlines, reviews);
  const drafts = new DraftStore(db);
  const retention = new AssessmentRetentionStore(db, headlines);
  const models = new ModelStore(db);
  const meta = new PluginMetaStore(db);
  const campaigns = new CampaignStore(db);
  const snapshots = new SnapshotStore(db);
  const trend = new ScorecardTrendStore(db);
  const teamTrend = new TeamTrendStore(db);
  const serviceTrend = new ServiceTrendStore(db);
  const verified = new VerifiedLevelStore(db);
  return {
    db,
    mlServices,
    headlines,
    scorecard,
    campaignProgress,
    assessments,
    drafts,
    retention,
    models,
    meta,
    campaigns,
    snapshots,
    trend,
    teamTrend,
    serviceTrend,
    reviews,
    verified,
  };
}
