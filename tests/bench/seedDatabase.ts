import {
  AssessmentAnswers,
  computeScore,
  defaultMaturityModel as model,
  raisesToNextLevel,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import { MlServiceCatalogStore } from '../../plugins/mlops-maturity-backend/src/database/MlServiceCatalogStore';
import { MlServiceRecord } from '../../plugins/mlops-maturity-backend/src/database/scorecardTypes';
import { entitySearchRows } from '../../plugins/mlops-maturity-backend/src/visibility/entitySearchRows';

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

/** The team whose services the guest (ada, of team-recommendations) owns in the benchmark. */
export const GUEST_TEAM = 'group:default/team-recommendations';

/** The owning team of the i-th service: one team per 50 services, team 0 being the guest's. */
export function benchOwner(i: number, services: number) {
  const team = i % Math.max(1, Math.floor(services / 50));
  return team === 0
    ? GUEST_TEAM
    : `group:default/team-${String(team).padStart(3, '0')}`;
}

/** The i-th synthetic ML service as the catalog would hold it, relations included. */
function benchEntity(i: number, services: number): Entity {
  const name = benchServiceRef(i).split('/')[1];
  const owner = benchOwner(i, services);
  const system = `system:default/system-${Math.floor(i / 20)}`;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      uid: `bench-uid-${i}`,
      title: `Bench Service ${i}`,
      annotations: { 'backstage.io/managed-by-location': 'url:bench' },
      tags: ['ml'],
    },
    spec: {
      type: ['ml-service', 'ml-model', 'ml-pipeline'][i % 3],
      lifecycle: LIFECYCLES[i % 3],
      owner,
      system,
    },
    relations: [
      { type: 'ownedBy', targetRef: owner },
      { type: 'partOf', targetRef: system },
    ],
  };
}

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
 * services (one team per 50, the guest's team-recommendations among them;
 * one system per 20, ten domains), 90% of them assessed with `revisions`
 * revisions each. Every revision stores real answers and the result
 * computeScore gives them; every service has the catalog search rows a
 * conditional read decision is matched against.
 */
export async function seedDatabase(
  knex: Knex,
  options: { services: number; revisions: number },
) {
  const now = Date.now();
  const rand = random(options.services * 31 + options.revisions);
  const records: MlServiceRecord[] = [];
  const assessed: Array<{ ref: string; uid: string }> = [];
  for (let i = 0; i < options.services; i++) {
    const entity = benchEntity(i, options.services);
    const ref = benchServiceRef(i);
    records.push({
      entityRef: ref,
      entityUid: entity.metadata.uid!,
      search: entitySearchRows(entity),
      kind: entity.kind,
      namespace: 'default',
      name: entity.metadata.name,
      title: entity.metadata.title!,
      type: entity.spec!.type as string,
      owner: entity.spec!.owner as string,
      system: entity.spec!.system as string,
      domain: `domain:default/domain-${i % 10}`,
      lifecycle: entity.spec!.lifecycle as string,
      targetLevel: null,
      targetTitle: null,
    });
    if (i % 10 !== 0) assessed.push({ ref, uid: entity.metadata.uid! });
  }

  const targets = assessed;
  for (let start = 0; start < targets.length; start += 200) {
    const revisions: object[] = [];
    const current: object[] = [];
    for (const { ref, uid } of targets.slice(start, start + 200)) {
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
          entity_uid: uid,
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
            entity_uid: uid,
            revision: r,
            ...headline,
            raises_to_next: raisesToNextLevel(result),
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
  // The scorecard rows and their catalog search rows, written as the
  // catalog sync writes them; it copies the current revisions' numbers.
  await new MlServiceCatalogStore(knex).replaceAll(records);
  // The demo data loader must not add to this.
  await knex('mlops_maturity_meta').insert({
    key: 'demo-data-loaded',
    value: 'benchmark',
  });
  return { assessed: targets.length };
}
