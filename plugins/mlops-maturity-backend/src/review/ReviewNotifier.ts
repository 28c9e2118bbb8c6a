import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** The notification topic of review notifications; users can mute it in their settings. */
export const REVIEW_TOPIC = 'MLOps maturity reviews';
/** Every reviewer's one notification that requests wait: each new one replaces it. */
export const REVIEW_REQUESTS_SCOPE = 'mlops-maturity:review-requests';
/** Where reviewers decide, relative to app.baseUrl. */
export const REVIEWS_PAGE = '/mlops-maturity/reviews';

/** One reviewer's decision, as the owners are told of it. */
export interface DecisionNotice {
  entityRef: string;
  /** The service's title, else its name. */
  displayName: string;
  /** The service's owner (a user or group ref); nobody is told without one. */
  owner: string | null;
  questionId: string;
  kind: 'level' | 'not-applicable';
  level: number | null;
  decision: 'approved' | 'rejected';
  decidedBy: string;
  comment: string | null;
  /** An approved exemption's expiry (ISO 8601). */
  expiresAt: string | null;
}

const SHORT_DATE: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};

/** "user:default/rita" → "rita". */
const personOf = (ref: string) => {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
};

/** The service's Maturity tab in the app. */
function tabLink(entityRef: string) {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  const part = (value: string) => encodeURIComponent(value);
  return `/catalog/${part(namespace.toLocaleLowerCase('en-US'))}/${part(
    kind.toLocaleLowerCase('en-US'),
  )}/${part(name)}/maturity`;
}

/**
 * Tells reviewers that answers wait for them, and owners what a reviewer
 * decided, through the notifications backend (which resolves groups to
 * their member users). The reviewers' notification names nothing: a
 * reviewer may not be allowed to read the service whose submission opened
 * the requests, so it only points to the Reviews page, whose queue shows
 * each reviewer what they may read and review. One notification per
 * reviewer, replaced by the next (fixed scope). The owners' notification
 * names their own service. A failed send is logged, never thrown: the
 * submission or decision stands.
 */
export class ReviewNotifier {
  constructor(
    private readonly options: {
      notifications?: NotificationService;
      /** `permission.mlopsMaturity.reviewers`: user and group refs. */
      reviewers: string[];
      /** `permission.mlopsMaturity.allowSelfReview`. */
      allowSelfReview: boolean;
      model: MaturityModel;
      logger: LoggerService;
    },
  ) {}

  /** After a submission that opened review requests: every reviewer but its owners and author. */
  async requestsOpened(input: {
    owner: string | null;
    author: string;
    opened: string[];
  }): Promise<void> {
    const { notifications, reviewers, allowSelfReview } = this.options;
    if (!notifications || reviewers.length === 0 || input.opened.length === 0)
      return;
    const excluded = [input.author];
    if (input.owner && !allowSelfReview) excluded.push(input.owner);
    await this.send('review requests', () =>
      notifications.send({
        recipients: {
          type: 'entity',
          entityRef: reviewers,
          excludeEntityRef: excluded,
        },
        payload: {
          title: 'MLOps maturity answers await your review',
          description:
            'Teams claimed maturity levels that count as verified only once a reviewer approves them. ' +
            'Open the Reviews page to see the requests you may decide, oldest first.',
          link: REVIEWS_PAGE,
          severity: 'normal',
          topic: REVIEW_TOPIC,
          scope: REVIEW_REQUESTS_SCOPE,
        },
      }),
    );
  }

  /** After a decision: the service's owners, naming the question, the decision and its comment. */
  async decided(notice: DecisionNotice): Promise<void> {
    const { notifications } = this.options;
    if (!notifications || !notice.owner) return;
    const owner = notice.owner;
    await this.send('a review decision', () =>
      notifications.send({
        recipients: {
          type: 'entity',
          entityRef: owner,
          excludeEntityRef: notice.decidedBy,
        },
        payload: {
          ...this.decisionText(notice),
          link: tabLink(notice.entityRef),
        },
      }),
    );
  }

  private decisionText(notice: DecisionNotice) {
    const question =
      this.options.model.questions.find(q => q.id === notice.questionId)
        ?.title ?? notice.questionId;
    const who = personOf(notice.decidedBy);
    const claim =
      notice.kind === 'level'
        ? `Level ${notice.level} on "${question}"`
        : `"not applicable" on "${question}"`;
    const approved = notice.decision === 'approved';
    const until =
      approved && notice.expiresAt
        ? ` The exemption holds until ${new Date(
            notice.expiresAt,
          ).toLocaleDateString('en-GB', SHORT_DATE)}.`
        : '';
    const effect = approved
      ? 'It now counts in the verified level as claimed.'
      : 'It stays self-reported and counts lower in the verified level; the Maturity tab shows the comment.';
    const comment = notice.comment ? ` ${who} wrote: "${notice.comment}"` : '';
    const title = `${notice.displayName}: ${who} ${
      approved ? 'approved' : 'rejected'
    } ${claim}`;
    return {
      title: title.length <= 255 ? title : `${title.slice(0, 254)}…`,
      description: `${effect}${until}${comment}`,
      severity: approved ? ('low' as const) : ('normal' as const),
      topic: REVIEW_TOPIC,
    };
  }

  private async send(what: string, send: () => Promise<void>) {
    try {
      await send();
    } catch (error) {
      this.options.logger.warn(
        `Could not send the notification of ${what}: ${error}`,
      );
    }
  }
}
