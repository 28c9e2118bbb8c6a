import { Knex } from 'knex';

/** Where the test backend serves the plugin's API. */
export const API = '/api/mlops-maturity';
/** The assessment routes of an ML model team A owns. */
export const CHURN = `${API}/assessments/component/default/churn-model`;

const TABLES = [
  'mlops_maturity_revisions',
  'mlops_maturity_current',
  'mlops_maturity_drafts',
];

/** Every row of the tables a write can touch, to prove a rejected write changed nothing. */
export async function snapshot(knex: Knex) {
  const rows: Record<string, unknown[]> = {};
  for (const table of TABLES)
    rows[table] = await knex(table).select().orderBy('entity_ref');
  return rows;
}
