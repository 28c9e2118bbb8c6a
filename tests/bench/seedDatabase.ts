import {
  AssessmentAnswers,
  computeScore,
  defaultMaturityModel as model,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import { copyHeadlines } from '../../plugins/mlops-maturity-backend/src/database/MlServiceStore';

const DAY_MS = 24 * 60 * 60 * 1000;
const LIFECYCLES = ['production', 'experimental', 'deprecated'];

/** A deterministic pseudo-random sequence, so every run seeds the same data. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The entity ref of the i-th synthetic ML service. */
export const benchServiceRef = (i: number) =>
  `component:default/bench-service-${String(i).padStart(5, '0')}`;

function answersFor(rand: () => number, revision: number): AssessmentAnswers {
  const base = rand() * 3;
  const answers: AssessmentAnswers = {};
  for (const q of model.questions) {
    const level = Math.max(
      0,
      Math.min(4, Math.round(base + rand() - 0.5 + revision * 0.05)),
    );
    answers[q.id] = { level: level as MaturityLevelNumber };
  }
  return answers;
}

async function insertInBatches(
  knex: Knex,
  table: string,
  rows: object[],
  size: number,
) {
  for (let i = 0; i < rows.length; i += size) {
    await knex(table).insert(rows.slice(i, i + size));
  }
}

/**
 * Fills the plugin's tables as a large organisation would: `services` ML
 * services (one team per 50, one system per 20, ten domains), 90% of them
 * assessed with `revisions` revisions each, and `extraRefs` (real catalog
 * entities) assessed the same way. Every revision stores real answers and
 * the result computeScore gives them.
 */
export async function seedDatabase(
  knex: Knex,
  options: { services: number; revisions: number; extraRefs: string[] },
) {
  const now = Date.now();
  const rand = random(options.services * 31 + options.revisions);
  const entities: object[] = [];
  const assessed: string[] = [];
  for (let i = 0; i < options.services; i++) {
    const ref = benchServiceRef(i);
    const name = ref.split('/')[1];
    const owner = `group:default/team-${String(
      i % Math.max(1, Math.floor(options.services / 50)),
    ).padStart(3, '0')}`;
    const title = `Bench Service ${i}`;
    entities.push({
      entity_ref: ref,
      kind: 'Component',
      namespace: 'default',
      name,
      title,
      sort_name: title.toLocaleLowerCase('en-US'),
      type: ['ml-service', 'ml-model', 'ml-pipeline'][i % 3],
      owner,
      system: `system:default/system-${Math.floor(i / 20)}`,
      domain: `domain:default/domain-${i % 10}`,
      lifecycle: LIFECYCLES[i % 3],
      search_text: `${name} ${title} ${owner}`.toLocaleLowerCase('en-US'),
    });
    if (i % 10 !== 0) assessed.push(ref);
  }
  await insertInBatches(knex, 'mlops_maturity_entities', entities, 500);

  const targets = [...assessed, ...options.extraRefs];
  for (let start = 0; start < targets.length; start += 200) {
    const revisions: object[] = [];
    const current: object[] = [];
    for (const ref of targets.slice(start, start + 200)) {
      const lastDaysAgo = Math.floor(rand() * 200);
      for (let r = 1; r <= options.revisions; r++) {
        const answers = answersFor(rand, r);
        const result = computeScore(model, answers);
        const createdAt = new Date(
          now - (lastDaysAgo + (options.revisions - r) * 14) * DAY_MS,
        );
        const headline = {
          score: result.score,
          level: result.level,
          gated_level: result.gatedLevel,
          weakest_dimension: result.weakestDimensionId,
        };
        revisions.push({
          entity_ref: ref,
          revision: r,
          model_id: model.id,
          model_version: model.version,
          answers: JSON.stringify(answers),
          result: JSON.stringify(result),
          ...headline,
          author: 'user:default/ada',
          created_at: createdAt,
        });
        if (r === options.revisions) {
          current.push({
            entity_ref: ref,
            revision: r,
            ...headline,
            updated_by: 'user:default/ada',
            updated_at: createdAt,
          });
        }
      }
    }
    await knex.transaction(async tx => {
      await insertInBatches(tx, 'mlops_maturity_revisions', revisions, 50);
      await insertInBatches(tx, 'mlops_maturity_current', current, 200);
    });
  }
  // The scorecard rows carry the current revision's numbers, as after a sync.
  await copyHeadlines(knex);
  // The demo data loader must not add to this.
  await knex('mlops_maturity_meta').insert({
    key: 'demo-data-loaded',
    value: 'benchmark',
  });
  return { assessed: targets.length };
}
