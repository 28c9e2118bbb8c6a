import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  Campaign,
  CampaignHistoryResponse,
  CampaignListResponse,
  CampaignProblem,
  CampaignResponse,
  campaignScheduleProblems,
  CampaignState,
  EntityCampaignsResponse,
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityCampaignManagePermission,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { MLOPS_MATURITY_EVENT_TOPICS } from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { CampaignProgressStore } from '../database/CampaignProgressStore';
import { CampaignStore, NewCampaign } from '../database/CampaignStore';
import { MaturityEventPublisher } from '../events/MaturityEventPublisher';
import { campaignClosedPayload } from '../events/maturityEventPayloads';
import { invalidInput } from '../validation/inputErrors';
import { Visibility } from '../visibility/ScorecardVisibility';
import { Access } from './access';
import { Given, taken } from './given';
import { principalName } from './principalName';

/** A new campaign's fields, their shape already checked. */
export interface CampaignInput {
  title: string;
  description?: string;
  scope?: NewCampaign['scope'];
  goal: NewCampaign['goal'];
  startsAt?: Date;
  deadline: Date;
}

/** The 400 message of a problem with a campaign's dates. */
function dateMessage(problem: CampaignProblem): string {
  switch (problem.code) {
    case 'passed':
      return `body.deadline must be in the future, got ${problem.deadline}`;
    case 'notAfterStart':
      return `body.deadline (${problem.deadline}) must be after the campaign's start (${problem.startsAt})`;
    case 'tooFar':
      return `body.deadline must be at most ${problem.maxDays} days after the campaign's start`;
    default:
      // The body's schema requires a deadline; the start defaults to now.
      return `body.${problem.field} is required`;
  }
}

/** Refuses dates that do not make a campaign (the common rules), naming the field. */
function checkDates(
  campaign: Pick<Campaign, 'startsAt' | 'deadline'>,
  deadlineGiven: boolean,
) {
  const [problem] = campaignScheduleProblems(campaign, {
    now: new Date(),
    deadlineSet: deadlineGiven,
  });
  if (problem) {
    throw invalidInput([
      { field: `body.${problem.field}`, message: dateMessage(problem) },
    ]);
  }
}

/**
 * Maturity campaigns, for every door: each call takes the caller's
 * credentials. Progress counts only the services the caller may read, and a
 * caller who may see no ML service learns nothing of any campaign, not even
 * whether an id exists. Managing needs the manage permission and what
 * reading needs.
 */
export class CampaignService {
  constructor(
    private readonly options: {
      campaigns: CampaignStore;
      campaignProgress: CampaignProgressStore;
      access: Access;
      /** Tells other backend code of closed campaigns; none in tests that do not look. */
      events?: Pick<MaturityEventPublisher, 'publish'>;
    },
  ) {}

  /** Campaigns in a state with their progress (without teams); none for a caller who may see no service. */
  async list(
    credentials: BackstageCredentials,
    state: CampaignState | undefined,
  ): Promise<CampaignListResponse> {
    const { campaigns, campaignProgress } = this.options;
    const visibility = await this.visibilityOf(credentials);
    if (visibility.kind === 'none') return { items: [] };
    const now = new Date();
    const items = await Promise.all(
      (
        await campaigns.list({ state })
      ).map(async campaign => {
        const { teams: _, ...progress } =
          await campaignProgress.campaignProgress(campaign, now, visibility);
        return { campaign, progress };
      }),
    );
    return { items };
  }

  /** For the plugin's own tasks, which act for no caller: the active campaigns. */
  async active(): Promise<Campaign[]> {
    return this.options.campaigns.list({ state: 'active' });
  }

  async get(
    credentials: BackstageCredentials,
    id: string,
  ): Promise<CampaignResponse> {
    const visibility = await this.visibilityOf(credentials);
    return this.withProgress(await this.readable(id, visibility), visibility);
  }

  async history(
    credentials: BackstageCredentials,
    id: string,
  ): Promise<CampaignHistoryResponse> {
    const visibility = await this.visibilityOf(credentials);
    const campaign = await this.readable(id, visibility);
    return this.options.campaignProgress.campaignHistory(
      campaign,
      new Date(),
      visibility,
    );
  }

  async create(
    credentials: BackstageCredentials,
    given: Given<CampaignInput>,
  ): Promise<CampaignResponse> {
    const { visibility } = await this.manager(credentials, 'create');
    const input = taken(given);
    const fields: NewCampaign = {
      title: input.title,
      description: input.description ?? '',
      scope: input.scope ?? {},
      goal: input.goal,
      startsAt: input.startsAt ?? new Date(),
      deadline: input.deadline,
    };
    checkDates(
      {
        startsAt: fields.startsAt.toISOString(),
        deadline: fields.deadline.toISOString(),
      },
      true,
    );
    const campaign = await this.options.campaigns.create(
      fields,
      principalName(credentials),
    );
    return this.withProgress(campaign, visibility);
  }

  /** Changes an active campaign; the dates are checked as they would be after the change. */
  async update(
    credentials: BackstageCredentials,
    id: string,
    given: Given<Partial<NewCampaign>>,
  ): Promise<CampaignResponse> {
    const { visibility } = await this.manager(credentials, 'change');
    const changes = taken(given);
    const campaign = await this.options.campaigns.update(
      id,
      changes,
      principalName(credentials),
      after => checkDates(after, changes.deadline !== undefined),
    );
    return this.withProgress(campaign, visibility);
  }

  async close(
    credentials: BackstageCredentials,
    id: string,
  ): Promise<CampaignResponse> {
    const { visibility } = await this.manager(credentials, 'close');
    const campaign = await this.options.campaigns.close(
      id,
      principalName(credentials),
    );
    // Counted over every service in scope, after the answer is on its way.
    this.options.events?.publish(
      MLOPS_MATURITY_EVENT_TOPICS.campaignClosed,
      async () =>
        campaignClosedPayload(
          campaign,
          await this.options.campaignProgress.campaignProgress(
            campaign,
            new Date(),
            { kind: 'all' },
          ),
        ),
    );
    return this.withProgress(campaign, visibility);
  }

  /** The active campaigns an entity the caller may read is in, soonest deadline first. */
  async ofEntity(
    credentials: BackstageCredentials,
    entityRef: string,
  ): Promise<EntityCampaignsResponse> {
    const { access, campaigns, campaignProgress } = this.options;
    await access.forCredentials.entityReader(credentials, entityRef);
    const active = await campaigns.list({ state: 'active' });
    const now = Date.now();
    const members = await campaignProgress.campaignMembership(
      entityRef,
      active,
    );
    return {
      items: members
        .map(({ campaign, done }) => ({
          campaign,
          done,
          overdue: !done && Date.parse(campaign.deadline) < now,
        }))
        .sort((a, b) => a.campaign.deadline.localeCompare(b.campaign.deadline)),
    };
  }

  private async visibilityOf(credentials: BackstageCredentials) {
    const viewer = await this.options.access.forCredentials.scorecardViewer(
      credentials,
    );
    return viewer.visibility;
  }

  /**
   * A caller who may manage campaigns. A campaign's answer carries its
   * content and progress, so managing also needs what reading needs: a
   * manager denied the read permission is refused before any campaign is
   * looked up.
   */
  private async manager(credentials: BackstageCredentials, what: string) {
    await this.options.access.forCredentials.holder(
      credentials,
      mlopsMaturityCampaignManagePermission,
      `You may not ${what} maturity campaigns: that needs the ${mlopsMaturityCampaignManagePermission.name} permission`,
    );
    const visibility = await this.visibilityOf(credentials);
    if (visibility.kind === 'none') {
      throw new NotAllowedError(
        `You may not ${what} maturity campaigns: that needs the ${mlopsMaturityAssessmentReadPermission.name} permission as well as ${mlopsMaturityCampaignManagePermission.name}`,
      );
    }
    return { visibility };
  }

  /** A campaign the caller may read; the same 404 as for an unknown id otherwise, with no lookup. */
  private async readable(id: string, visibility: Visibility) {
    const campaign =
      visibility.kind === 'none'
        ? undefined
        : await this.options.campaigns.get(id);
    if (!campaign) throw new NotFoundError(`No campaign ${id}`);
    return campaign;
  }

  private async withProgress(
    campaign: Campaign,
    visibility: Visibility,
  ): Promise<CampaignResponse> {
    return {
      campaign,
      progress: await this.options.campaignProgress.campaignProgress(
        campaign,
        new Date(),
        visibility,
      ),
    };
  }
}
