import { AuditorService } from '@backstage/backend-plugin-api';
import { Request } from 'express';

type Meta = Record<string, string | number | null>;

/** Records each request's outcome through the auditor service. */
export function createAudit(auditor: AuditorService) {
  return {
    /** Runs a write inside an audit event that records its outcome and what it changed. */
    async write<T>(
      req: Request,
      eventId: string,
      meta: Meta,
      fn: () => Promise<{ value: T; meta?: Meta }>,
      severityLevel: 'medium' | 'high' = 'medium',
    ): Promise<T> {
      const event = await auditor.createEvent({
        eventId,
        severityLevel,
        request: req,
        meta,
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
      req: Request,
      eventId: string,
      meta: Meta,
      fn: () => Promise<T>,
    ): Promise<T> {
      const event = await auditor.createEvent({
        eventId,
        severityLevel: 'low',
        request: req,
        meta,
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
