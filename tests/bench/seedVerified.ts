/**
 * Every assessed service's verified figures, as the plugin computes them
 * with nothing reviewed and no evidence: the steady state of a backend
 * whose verification task has run. Without them, the task's first run
 * after the start computes all of them in the middle of the measurements
 * (and, the seeded services being absent from the catalog, leaves them
 * all for its next run, every 15 minutes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Knex } from 'knex';
import { parse } from 'yaml';
import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { PluginMetaStore } from '../../plugins/mlops-maturity-backend/src/database/PluginMetaStore';
import { readReviewConfig } from '../../plugins/mlops-maturity-backend/src/review/readReviewConfig';
import {
  REVIEW_POLICY_META,
  reviewPolicyFingerprint,
} from '../../plugins/mlops-maturity-backend/src/review/ReviewPolicySync';
import {
  computeVerifiedScore,
  defaultMaturityModel as model,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** A current revision as the seeding reads it. */
export interface SeededCurrent {
  entity_ref: string;
  entity_uid: string;
  revision: number | string;
  answers: string;
  author: string;
  created_at: string | Date;
  owner: string;
}

/**
 * Writes the verified figures of every current revision, in one
 * transaction; `each` runs for each row in that transaction (the verified
 * benchmark opens review requests there).
 */
export async function seedVerifiedFigures(
  knex: Knex,
  each?: (
    tx: Knex.Transaction,
    row: SeededCurrent,
    answers: any,
  ) => Promise<void>,
) {
  const rows: SeededCurrent[] = await knex('mlops_maturity_current as c')
    .join('mlops_maturity_revisions as r', join =>
      join
        .on('r.entity_ref', 'c.entity_ref')
        .andOn('r.entity_uid', 'c.entity_uid')
        .andOn('r.revision', 'c.revision'),
    )
    .join('mlops_maturity_entities as e', 'e.entity_ref', 'c.entity_ref')
    .select(
      'c.entity_ref',
      'c.entity_uid',
      'c.revision',
      'r.answers',
      'r.author',
      'r.created_at',
      'e.owner',
    )
    .orderBy('c.entity_ref');
  const now = new Date();
  await knex.transaction(async tx => {
    for (const row of rows) {
      const answers = JSON.parse(row.answers);
      const { verified, gaps } = computeVerifiedScore(model, answers, {
        answers: {},
        now,
      });
      await tx('mlops_maturity_entities')
        .where({ entity_ref: row.entity_ref, entity_uid: row.entity_uid })
        .update({
          verified_score: verified.score,
          verified_level: verified.level,
          verified_gaps: gaps.length,
          verified_revision: row.revision,
          verified_until: null,
        });
      if (each) await each(tx, row, answers);
    }
  });
}

/** The demo's review policy (`mlopsMaturity.review` of app-config.yaml), which the benchmarks' backends run with. */
export function demoReviewPolicy(): JsonObject {
  const config = parse(
    readFileSync(join(__dirname, '../../app-config.yaml'), 'utf8'),
  );
  return config.mlopsMaturity.review;
}

/**
 * Records `review` as the policy the stored figures were computed under:
 * without it the backend's first start applies the policy again to every
 * service, as after an upgrade (every figure computed again, a review
 * request opened for every answer the policy asks a reviewer for).
 */
export async function storeReviewPolicy(knex: Knex, review: JsonObject) {
  await new PluginMetaStore(knex).set(
    REVIEW_POLICY_META,
    reviewPolicyFingerprint(
      readReviewConfig(new ConfigReader({ mlopsMaturity: { review } })),
    ),
  );
}
