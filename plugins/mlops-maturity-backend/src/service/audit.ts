import {
  AuditorService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { Request as ExpressRequest } from 'express';
import { principalName } from './principalName';

/** A request on any of the plugin's routes, whatever the spec types its params, query and body as. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any route's request
type Request = ExpressRequest<any, any, any, any>;

type Meta = Record<string, string | number | null>;

/**
 * Where an audited operation came from: an HTTP request of the plugin's API
 * (the auditor reads the actor from it), or an action invoked through the
 * actions registry with the caller's credentials (the actor goes in meta).
 */
export type AuditOrigin = Request | { action: BackstageCredentials };

function eventOrigin(origin: AuditOrigin, meta: Meta) {
  if (!('action' in origin)) return { request: origin, meta };
  return {
    meta: {
      ...meta,
      via: 'actions-registry',
      actor: principalName(origin.action),
    },
  };
}

/** Records each request's outcome through the auditor service. */
export function createAudit(auditor: AuditorService) {
  return {
    /** Runs a write inside an audit event that records its outcome and what it changed. */
    async write<T>(
      origin: AuditOrigin,
      eventId: string,
      meta: Meta,
      fn: () => Promise<{ value: T; meta?: Meta }>,
      severityLevel: 'medium' | 'high' = 'medium',
    ): Promise<T> {
      const event = await auditor.createEvent({
        eventId,
        severityLevel,
        ...eventOrigin(origin, meta),
      });
      try {
        const { value, meta: outcome } = await fn();
        await event.success({ meta: outcome });
        return value;
      } catch (error) {
        await event.fail({ error: error as Error });
        throw error;
      }
    },

    /** Runs a read inside a low-severity audit event (the default auditor logs those at debug level). */
    async read<T>(
      origin: AuditOrigin,
      eventId: string,
      meta: Meta,
      fn: () => Promise<T>,
    ): Promise<T> {
      const event = await auditor.createEvent({
        eventId,
        severityLevel: 'low',
        ...eventOrigin(origin, meta),
      });
      try {
        const value = await fn();
        await event.success();
        return value;
      } catch (error) {
        await event.fail({ error: error as Error });
        throw error;
      }
    },
  };
}

/** The audit helpers of {@link createAudit}. */
export type Audit = ReturnType<typeof createAudit>;
