import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  Campaign,
  CampaignGoal,
  CampaignScope,
  CampaignState,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { toIsoString } from './rows';

const CAMPAIGNS = 'mlops_maturity_campaigns';

/** A campaign's fields as validated from a create body; the store sets the rest. */
export interface NewCampaign {
  title: string;
  description: string;
  scope: CampaignScope;
  goal: CampaignGoal;
  startsAt: Date;
  deadline: Date;
}

function toCampaign(row: any): Campaign {
  const goal: CampaignGoal =
    row.goal_kind === 'level'
      ? { kind: 'level', level: Number(row.goal_level) as MaturityLevelNumber }
      : { kind: 'reassess' };
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    scope: JSON.parse(row.scope),
    goal,
    startsAt: toIsoString(row.starts_at),
    deadline: toIsoString(row.deadline),
    state: row.state,
    createdAt: toIsoString(row.created_at),
    createdBy: row.created_by,
    updatedAt: toIsoString(row.updated_at),
    updatedBy: row.updated_by,
    closedAt: row.closed_at === null ? null : toIsoString(row.closed_at),
    closedBy: row.closed_by,
  };
}

function toColumns(fields: Partial<NewCampaign>) {
  return {
    ...(fields.title !== undefined && { title: fields.title }),
    ...(fields.description !== undefined && {
      description: fields.description,
    }),
    ...(fields.scope !== undefined && { scope: JSON.stringify(fields.scope) }),
    ...(fields.goal !== undefined && {
      goal_kind: fields.goal.kind,
      goal_level: fields.goal.kind === 'level' ? fields.goal.level : null,
    }),
    ...(fields.startsAt !== undefined && { starts_at: fields.startsAt }),
    ...(fields.deadline !== undefined && { deadline: fields.deadline }),
  };
}

/** Campaigns, kept in mlops_maturity_campaigns; their progress is counted elsewhere. */
export class CampaignStore {
  constructor(private readonly db: Knex) {}

  async create(fields: NewCampaign, author: string): Promise<Campaign> {
    const now = new Date();
    const id = randomUUID();
    await this.db(CAMPAIGNS).insert({
      id,
      ...toColumns(fields),
      state: 'active',
      created_at: now,
      created_by: author,
      updated_at: now,
      updated_by: author,
      closed_at: null,
      closed_by: null,
    });
    return (await this.get(id))!;
  }

  async get(id: string): Promise<Campaign | undefined> {
    const row = await this.db(CAMPAIGNS).where('id', id).first();
    return row ? toCampaign(row) : undefined;
  }

  /** Active campaigns first, then by deadline (soonest first), then by title. */
  async list(filter: { state?: CampaignState } = {}): Promise<Campaign[]> {
    const rows = await this.db(CAMPAIGNS)
      .modify(q => {
        if (filter.state) q.where('state', filter.state);
      })
      .orderByRaw(
        "case when state = 'active' then 0 else 1 end, deadline asc, title asc, id asc",
      );
    return rows.map(toCampaign);
  }

  /**
   * Changes an active campaign. `check` sees the campaign as it would be
   * after the change, inside the transaction, and may throw to refuse it
   * (e.g. a deadline no longer after the start); nothing is written then.
   */
  async update(
    id: string,
    fields: Partial<NewCampaign>,
    author: string,
    check: (after: Campaign) => void,
  ): Promise<Campaign> {
    return this.db.transaction(async tx => {
      const row = await tx(CAMPAIGNS).where('id', id).forUpdate().first();
      if (!row) throw new NotFoundError(`No campaign ${id}`);
      if (row.state !== 'active') {
        throw new ConflictError(
          `Campaign ${id} is closed; a closed campaign cannot change`,
        );
      }
      const changes = {
        ...toColumns(fields),
        updated_at: new Date(),
        updated_by: author,
      };
      check(toCampaign({ ...row, ...changes }));
      await tx(CAMPAIGNS).where('id', id).update(changes);
      return toCampaign(await tx(CAMPAIGNS).where('id', id).first());
    });
  }

  async close(id: string, author: string): Promise<Campaign> {
    const now = new Date();
    const closed = await this.db(CAMPAIGNS)
      .where({ id, state: 'active' })
      .update({
        state: 'closed',
        closed_at: now,
        closed_by: author,
        updated_at: now,
        updated_by: author,
      });
    if (closed === 0) {
      if (!(await this.get(id))) throw new NotFoundError(`No campaign ${id}`);
      throw new ConflictError(`Campaign ${id} is already closed`);
    }
    return (await this.get(id))!;
  }
}
