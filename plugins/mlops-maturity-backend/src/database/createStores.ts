import { DatabaseService } from '@backstage/backend-plugin-api';
import { AssessmentStore } from './AssessmentStore';
import { CampaignStore } from './CampaignStore';
import { migrateDatabase } from './migrateDatabase';
import { MlServiceStore } from './MlServiceStore';
import { ModelStore } from './ModelStore';
import { PluginMetaStore } from './PluginMetaStore';

/** The plugin's stores on one connection, after running its migrations (unless skipped). */
export async function createStores(options: { database: DatabaseService }) {
  const db = await options.database.getClient();
  await migrateDatabase(options.database, db);
  const mlServices = new MlServiceStore(db);
  const assessments = new AssessmentStore(db, mlServices);
  const models = new ModelStore(db);
  const meta = new PluginMetaStore(db);
  const campaigns = new CampaignStore(db);
  return { db, mlServices, assessments, models, meta, campaigns };
}
