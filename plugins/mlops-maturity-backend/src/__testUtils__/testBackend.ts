import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import {
  AuditorServiceEventSeverityLevel,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
} from '@backstage/plugin-permission-common';
import {
  mlopsMaturityAdminPermission,
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityAssessmentUpdatePermission,
  mlopsMaturityCampaignManagePermission,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import { mlopsMaturityPlugin } from '../plugin';

export const OWNER = 'user:default/olivia';
export const OTHER = 'user:default/oscar';
export const ADMIN = 'user:default/adele';
export const asOwner = mockCredentials.user.header(OWNER);
export const asOther = mockCredentials.user.header(OTHER);
export const asAdmin = mockCredentials.user.header(ADMIN);
/**
 * Denied mlops.maturity.assessment.read (unconditionally), yet holding the
 * campaign manage permission, so every campaign door is tried on her.
 */
export const DENIED_READER = 'user:default/dora';
export const asDeniedReader = mockCredentials.user.header(DENIED_READER);

const component = (
  name: string,
  type: string,
  owner: string,
  system?: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    uid: `uid-${name}`,
    title: name.replace(/-/g, ' '),
  },
  spec: { type, owner, lifecycle: 'production', ...(system ? { system } : {}) },
  relations: [
    { type: 'ownedBy', targetRef: `group:default/${owner}` },
    ...(system
      ? [{ type: 'partOf', targetRef: `system:default/${system}` }]
      : []),
  ],
});

/** The catalog the route tests run against. */
export const ENTITIES: Entity[] = [
  component('churn-model', 'ml-model', 'team-a', 'growth'),
  component('ranker', 'ml-service', 'team-a', 'growth'),
  component('fraud-scorer', 'ml-service', 'team-b'),
  component('web-shop', 'website', 'team-a'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'growth', namespace: 'default', uid: 'uid-growth' },
    spec: { owner: 'team-a', domain: 'commerce' },
    relations: [{ type: 'partOf', targetRef: 'domain:default/commerce' }],
  },
];

const userOf = (credentials: BackstageCredentials) =>
  (credentials.principal as { userEntityRef?: string }).userEntityRef;

/** DENIED_READER may not read assessments; everyone else may. */
const readDecision = (
  request: { permission: { name: string } },
  credentials: BackstageCredentials,
) =>
  request.permission.name === mlopsMaturityAssessmentReadPermission.name &&
  userOf(credentials) === DENIED_READER
    ? AuthorizeResult.DENY
    : AuthorizeResult.ALLOW;

/**
 * Team A's services may be updated by OWNER only; only ADMIN may purge;
 * ADMIN and DENIED_READER may manage campaigns; everyone but DENIED_READER
 * may read.
 */
function decide(
  request: AuthorizePermissionRequest,
  credentials: BackstageCredentials,
) {
  const user = userOf(credentials);
  if (request.permission.name === mlopsMaturityAdminPermission.name) {
    return user === ADMIN ? AuthorizeResult.ALLOW : AuthorizeResult.DENY;
  }
  if (request.permission.name === mlopsMaturityCampaignManagePermission.name) {
    return user === ADMIN || user === DENIED_READER
      ? AuthorizeResult.ALLOW
      : AuthorizeResult.DENY;
  }
  if (
    request.permission.name !== mlopsMaturityAssessmentUpdatePermission.name
  ) {
    return readDecision(request, credentials);
  }
  const ownedByTeamA = [
    'component:default/churn-model',
    'component:default/ranker',
    'component:default/web-shop',
  ];
  return user === OWNER && ownedByTeamA.includes(String(request.resourceRef))
    ? AuthorizeResult.ALLOW
    : AuthorizeResult.DENY;
}

/** An audit event as the auditor received it, and how it ended. */
export interface AuditEvent {
  eventId: string;
  severityLevel: AuditorServiceEventSeverityLevel;
  outcome?: 'success' | 'fail';
  meta?: unknown;
}

/**
 * Starts the plugin in a test backend on the given database, with the test
 * catalog, the permission decisions above, and a captured catalog sync task.
 */
export interface StartedPlugin {
  backend: TestBackend;
  server: TestBackend['server'];
  /** Runs the scheduled catalog sync task once. */
  syncCatalog: () => Promise<void>;
  /** Every scheduled task by id. */
  tasks: Map<string, () => Promise<void>>;
  auditEvents: AuditEvent[];
}

export async function startPlugin(
  knex: Knex,
  config: object = {},
  entities: Entity[] = ENTITIES,
  /** More features, e.g. a logger mock to read what the plugin logs. */
  extraFeatures: Parameters<typeof startTestBackend>[0]['features'] = [],
): Promise<StartedPlugin> {
  const tasks = new Map<string, () => Promise<void>>();
  const permissions = mockServices.permissions.mock({
    authorize: async (requests, options) =>
      requests.map(r => ({
        result: decide(r as AuthorizePermissionRequest, options!.credentials),
      })) as any,
    authorizeConditional: async (requests, options) =>
      requests.map(r => ({
        result: readDecision(r, options!.credentials),
      })) as any,
  });
  const auditor = mockServices.auditor.mock();
  const events: AuditEvent[] = [];
  auditor.createEvent.mockImplementation(async options => {
    const event: AuditEvent = {
      eventId: options.eventId,
      // An event that names no severity is a low one, as Backstage's auditor logs it.
      severityLevel: options.severityLevel ?? 'low',
      meta: options.meta,
    };
    events.push(event);
    return {
      success: async () => {
        event.outcome = 'success';
      },
      fail: async () => {
        event.outcome = 'fail';
      },
    };
  });
  const backend = await startTestBackend({
    features: [
      mlopsMaturityPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory({ knex }),
      permissions.factory,
      auditor.factory,
      mockServices.scheduler.mock({
        scheduleTask: async task => {
          tasks.set(task.id, task.fn as () => Promise<void>);
        },
      }).factory,
      mockServices.rootConfig.factory({ data: config }),
      // Requests without a token are anonymous, as in a real backend.
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      ...(extraFeatures ?? []),
    ],
  });
  const syncTask = tasks.get('mlops-maturity-catalog-sync');
  if (!syncTask)
    throw new Error('the plugin did not schedule its catalog sync');
  return {
    backend,
    server: backend.server,
    syncCatalog: syncTask,
    tasks,
    auditEvents: events,
  };
}
