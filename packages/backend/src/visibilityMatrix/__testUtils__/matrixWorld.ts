import { Entity } from '@backstage/catalog-model';
import { CONFIDENTIAL_ANNOTATION } from '../../permissionPolicy';

/*
 * The world of the visibility matrix: who works where, what the catalog
 * holds, and, derived by hand from the demo policy's rule ("confidential
 * entities only for their owners"), which ML services each user may read in
 * each phase. The test checks the catalog agrees with this derivation, so a
 * policy that showed everyone everything cannot make the matrix pass.
 */

export const user = (name: string) => `user:default/${name}`;
export const group = (name: string) => `group:default/${name}`;
export const component = (name: string) => `component:default/${name}`;

/** The two phases: before, and after an owner change and a service made confidential. */
export type Phase = 'A' | 'B';

/**
 * The rows. `service` is a service principal (another backend plugin);
 * everyone else is a user signed in with the groups they belong to directly.
 */
export const USERS = {
  /** Owns leak-probe, ranker and (in phase A) moving-target-model through team-recommendations. */
  ada: { groups: ['team-recommendations'] },
  /** A member of team-recommendations, the child group of acme-ml, which owns org-secret-model. */
  alan: { groups: ['team-recommendations'] },
  /** A member of acme-ml: owns org-secret-model. */
  olga: { groups: ['acme-ml'] },
  /** Another team: owns fraud-scorer, late-secret-model, covert-registry and (in phase B) moving-target-model. */
  tim: { groups: ['team-fraud'] },
  /** A configured admin: may purge, owns nothing. */
  adele: { groups: ['team-platform'] },
  /** A campaign manager: may run campaigns, owns nothing. */
  cam: { groups: ['team-platform'] },
  /** Denied mlops.maturity.assessment.read; may read the catalog and Tech Insights. */
  dora: { groups: ['team-platform'] },
} as const;
export type UserName = keyof typeof USERS;
export const USER_NAMES = Object.keys(USERS) as UserName[];
/** A row: a user, or the service principal. */
export type Caller = UserName | 'service';
export const CALLERS: Caller[] = [...USER_NAMES, 'service'];

/** What the demo policy is given: the admins and campaign managers. */
export const ADMINS = [user('adele')];
export const CAMPAIGN_MANAGERS = [user('cam')];
export const DENIED_PLUGIN_READ = [user('dora')];
/**
 * Who may review answers (the demo policy's reviewers): two teams and the
 * admin, never on the services they own.
 */
export const REVIEWERS = [
  group('team-recommendations'),
  group('team-fraud'),
  user('adele'),
];

/** The groups users own things through: themselves and their direct groups, as the sign-in resolver gives. */
export const MEMBERSHIPS: Record<string, string[]> = Object.fromEntries(
  USER_NAMES.map(name => [user(name), USERS[name].groups.map(group)]),
);

export interface MlService {
  name: string;
  title: string;
  owner: { A: string; B: string };
  confidential: { A: boolean; B: boolean };
  dependsOn?: string[];
}

/**
 * The ML services. Titles are words that appear nowhere else, so a response
 * that carries one has told its reader about that service.
 */
export const ML_SERVICES: MlService[] = [
  {
    name: 'leak-probe',
    title: 'Leak Probe Ranker',
    owner: { A: 'team-recommendations', B: 'team-recommendations' },
    confidential: { A: false, B: false },
    dependsOn: ['resource:default/covert-registry'],
  },
  {
    name: 'org-secret-model',
    title: 'Org Secret Model',
    owner: { A: 'acme-ml', B: 'acme-ml' },
    confidential: { A: true, B: true },
  },
  {
    name: 'moving-target-model',
    title: 'Moving Target Model',
    owner: { A: 'team-recommendations', B: 'team-fraud' },
    confidential: { A: true, B: true },
  },
  {
    name: 'late-secret-model',
    title: 'Late Secret Model',
    owner: { A: 'team-fraud', B: 'team-fraud' },
    confidential: { A: false, B: true },
  },
  {
    name: 'fraud-scorer',
    title: 'Fraud Scorer Service',
    owner: { A: 'team-fraud', B: 'team-fraud' },
    confidential: { A: false, B: false },
  },
];

/** The confidential Resource leak-probe depends on. */
export const COVERT_REGISTRY = {
  ref: 'resource:default/covert-registry',
  name: 'covert-registry',
  title: 'Project Nightjar Registry',
  owner: 'team-fraud',
};

/** What a reader may not learn about a hidden entity: its name and its title. */
export const markersOf = (name: string) => {
  if (name === COVERT_REGISTRY.name) {
    return [COVERT_REGISTRY.name, COVERT_REGISTRY.title];
  }
  const service = ML_SERVICES.find(s => s.name === name)!;
  return [service.name, service.title];
};

const ownsThrough = (caller: Caller, owner: string) =>
  caller !== 'service' &&
  (USERS[caller].groups as readonly string[]).includes(owner);

/** Hand-derived: the ML services `caller` may read in the catalog in `phase`. */
export function readableServices(caller: Caller, phase: Phase): string[] {
  return ML_SERVICES.filter(
    s =>
      caller === 'service' ||
      !s.confidential[phase] ||
      ownsThrough(caller, s.owner[phase]),
  )
    .map(s => s.name)
    .sort();
}

/** Hand-derived: whether `caller` may read the confidential Resource. */
export const readsCovertRegistry = (caller: Caller) =>
  caller === 'service' || ownsThrough(caller, COVERT_REGISTRY.owner);

/** Hand-derived: the ML services whose maturity `caller` may learn (the catalog's read and the plugin's read). */
export function maturityServices(caller: Caller, phase: Phase): string[] {
  if (caller !== 'service' && DENIED_PLUGIN_READ.includes(user(caller))) {
    return [];
  }
  return readableServices(caller, phase);
}

/**
 * Hand-derived: the ML services whose answers `caller` may review: those
 * whose maturity they may learn, when they are a reviewer (a user, or in a
 * listed group), except the ones they own. The permission framework allows
 * a service principal every permission without asking the policy: it sees
 * the queue of everything it reads (deciding needs a user).
 */
export function reviewableServices(caller: Caller, phase: Phase): string[] {
  if (caller === 'service') return maturityServices(caller, phase);
  const refs = [user(caller), ...USERS[caller].groups.map(group)];
  if (!refs.some(ref => REVIEWERS.includes(ref))) return [];
  return maturityServices(caller, phase).filter(
    name =>
      !ownsThrough(
        caller,
        ML_SERVICES.find(s => s.name === name)!.owner[phase],
      ),
  );
}

/** Tech Insights serves every holder of its permission alike: only services nobody is denied. */
export const publicServices = (phase: Phase) =>
  ML_SERVICES.filter(s => !s.confidential[phase])
    .map(s => s.name)
    .sort();

/** The users a reminder for `service` goes to: the direct members of its owner group. */
export const directOwners = (service: MlService, phase: Phase): UserName[] =>
  USER_NAMES.filter(name => ownsThrough(name, service.owner[phase]));

const groupEntity = (name: string, parent?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name },
  spec: { type: 'team', children: [], ...(parent ? { parent } : {}) },
});

const userEntity = (name: UserName): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name },
  spec: { memberOf: [...USERS[name].groups] },
});

const serviceEntity = (service: MlService, phase: Phase): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: service.name,
    title: service.title,
    annotations: service.confidential[phase]
      ? { [CONFIDENTIAL_ANNOTATION]: 'true' }
      : {},
  },
  spec: {
    type: 'ml-service',
    lifecycle: 'production',
    owner: group(service.owner[phase]),
    ...(service.dependsOn ? { dependsOn: service.dependsOn } : {}),
  },
});

/** The catalog in `phase`. */
export function catalogOf(phase: Phase): Entity[] {
  return [
    groupEntity('acme-ml'),
    groupEntity('team-recommendations', 'acme-ml'),
    groupEntity('team-fraud'),
    groupEntity('team-platform'),
    ...USER_NAMES.map(userEntity),
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: COVERT_REGISTRY.name,
        title: COVERT_REGISTRY.title,
        annotations: { [CONFIDENTIAL_ANNOTATION]: 'true' },
      },
      spec: { type: 'model-registry', owner: group(COVERT_REGISTRY.owner) },
    },
    ...ML_SERVICES.map(s => serviceEntity(s, phase)),
  ];
}
