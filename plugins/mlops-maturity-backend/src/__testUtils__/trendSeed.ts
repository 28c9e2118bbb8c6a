import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import request from 'supertest';
import { dayOf, dayToDate, SNAPSHOTS } from '../database/snapshotRows';
import { sumTotals } from '../database/snapshotTotals';
import { API, pluginPerTest } from './routeRequests';
import { asOwner } from './testBackend';

/** Today, as the snapshots count days. */
export const TODAY = dayOf(new Date());
/** The date `daysAgo` days before today. */
export const date = (daysAgo: number) => dayToDate(TODAY - daysAgo);

/**
 * The trend routes' data: churn-model at Level 2 and ranker at Level 4
 * today, fraud-scorer not assessed; ten days ago churn-model stood at
 * Level 1 alone.
 */
export async function seedTrend(run: ReturnType<typeof pluginPerTest>) {
  await run.plugin.syncCatalog();
  await run.submit(null);
  await request(run.plugin.server)
    .put(`${API}/assessments/component/default/ranker`)
    .set('Authorization', asOwner)
    .send({ baseRevision: null, answers: uniformAnswers(4) });
  await run.plugin.tasks.get('mlops-maturity-snapshots')!();
  const [churn] = await run
    .knex(SNAPSHOTS)
    .where({ day: TODAY })
    .whereNotNull('level')
    .orderBy('level')
    .select();
  await run
    .knex(SNAPSHOTS)
    .insert({ ...churn, day: TODAY - 10, level: 1, score: 10_000 });
  await run.knex('mlops_maturity_snapshot_days').insert({ day: TODAY - 10 });
  // As a fill of that day would, its totals summed too.
  await sumTotals(run.knex, TODAY - 10, TODAY - 10);
}
