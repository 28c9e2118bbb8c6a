import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';

export interface Config {
  permission?: {
    mlopsMaturity?: {
      /**
       * Users and groups (entity refs with a kind, e.g.
       * group:default/platform-team) who may purge stored assessments under
       * the plugin's policy module (`.../policy`). Unset: nobody may.
       */
      admins?: string[];
      /**
       * Entity refs of the users and groups who may create, change and close
       * maturity campaigns (mlops.maturity.campaign.manage) under the policy
       * module's rule, e.g. group:default/platform-team. Unset: nobody.
       */
      campaignManagers?: string[];
      /**
       * Entity refs of the users and groups who may review answers
       * (mlops.maturity.assessment.review) under the policy module's rule:
       * approve or reject an answer that needs review, or an exemption.
       * Unset: nobody.
       */
      reviewers?: string[];
      /**
       * Whether the reviewers may review the services they own themselves.
       * @default false
       */
      allowSelfReview?: boolean;
    };
  };

  mlopsMaturity?: {
    /**
     * An assessment older than this many days is flagged stale.
     * @default 90
     */
    staleAfterDays?: number;

    /**
     * Maturity targets: the minimum level for the ML services a filter
     * matches. The highest matching target applies to a service (the first
     * listed among equals). Each filter field takes a value or a list of
     * values, any of which matches; every field given must match; no
     * filter matches every ML service. system, domain and owner are entity
     * refs (default kinds system, domain and group). A bad target stops the
     * backend with a message naming it.
     */
    targets?: Array<{
      /** 0 to 4. */
      level: number;
      title?: string;
      filter?: {
        lifecycle?: string | string[];
        type?: string | string[];
        system?: string | string[];
        domain?: string | string[];
        owner?: string | string[];
        tag?: string | string[];
      };
    }>;

    /** The scorecard's CSV export (`GET /scorecard/export`). */
    export?: {
      /**
       * Exports at once per backend instance (1 to 100); another one is
       * answered 503 with Retry-After.
       * @default 4
       */
      maxConcurrent?: number;
      /**
       * How long, in milliseconds, an export waits for a reader that takes
       * no data before it cuts the connection off (1000 to 600000).
       * @default 30000
       */
      writeTimeoutMs?: number;
    };

    /**
     * Which catalog entities are ML services. Defaults: kinds [Component],
     * types [ml-service, ml-model, ml-pipeline]. The annotation
     * `mlops.maturity/enabled: "true" | "false"` overrides both.
     */
    entities?: {
      kinds?: string[];
      types?: string[];
    };

    /**
     * Replace or extend the built-in maturity model: id and version are
     * required; dimensions and questions merge by id. See the plugin README.
     */
    model?: {
      id: string;
      version: string;
      name?: string;
      description?: string;
      extends?: 'default' | 'none';
      dimensions?: Array<{
        id: string;
        name?: string;
        weight?: number;
        description?: string;
      }>;
      questions?: Array<{
        id: string;
        dimensionId?: string;
        title?: string;
        prompt?: string;
        descriptors?: string[];
      }>;
      removeDimensions?: string[];
      removeQuestions?: string[];
      levels?: object[];
      /** Replace the roadmaps; one may span several levels (`to` > `from`). */
      roadmaps?: object[];
      /** Replace the publications the model credits (title, http(s) url, note). */
      sources?: Array<{
        title: string;
        url: string;
        note?: string;
      }>;
    };

    /** How often the list of ML services is refreshed from the catalog. */
    catalogSync?: {
      /** @default { minutes: 5 } */
      frequency?: HumanDuration;
      /** @default { minutes: 2 } */
      timeout?: HumanDuration;
      /** Delay of the first sync after start. @default { seconds: 5 } */
      initialDelay?: HumanDuration;
    };

    /** Who sees what: the scorecard follows each user's catalog read permission. */
    visibility?: {
      /**
       * How long the answer of the catalog to "which ML services may this
       * user read" is reused, for read decisions whose rules the plugin
       * cannot turn into SQL (rules added by catalog modules).
       * @default { seconds: 30 }
       */
      cacheTtl?: HumanDuration;
      /**
       * How often the plugin's copy of the catalog's ML services (search
       * rows, owner and the other fields visibility filters on) catches up
       * with the catalog: each run compares the etags and rewrites only the
       * changed services. A catalog change reaches the scorecard within
       * one frequency plus the run's time.
       */
      refresh?: {
        /** At least 1 second. @default { seconds: 30 } */
        frequency?: HumanDuration;
        /** @default { minutes: 2 } */
        timeout?: HumanDuration;
        /** Delay of the first run after start. @default { seconds: 30 } */
        initialDelay?: HumanDuration;
      };
    };

    /** Limits that keep a script from growing the database without bound. */
    limits?: {
      /**
       * Submissions allowed per entity in any hour; more get 429 with Retry-After.
       * @default 30
       */
      submissionsPerEntityPerHour?: number;
    };

    /** What happens to the assessments of entities that left the catalog. */
    retention?: {
      /**
       * Purge the stored assessments (revisions, draft) of entities gone
       * from the catalog for this many days. Unset: keep them until an admin
       * purges them (DELETE /assessments/:kind/:namespace/:name).
       */
      purgeDepartedAfterDays?: number;
    };

    /** The daily snapshots of each ML service, which trends and campaign histories read. */
    snapshots?: {
      /**
       * How many days of snapshots are kept; older days are deleted.
       * @default 730
       */
      retentionDays?: number;
    };

    /**
     * Evidence: signals from the providers that backend modules add through
     * the evidence extension point of the node package.
     */
    evidence?: {
      /**
       * How long each provider may take for one batch of entities, in
       * milliseconds; a slower provider is logged and skipped.
       * @default 5000
       */
      providerTimeoutMs?: number;
    };

    /**
     * Reminders to each ML service's owners through the notifications
     * backend: one digest per user, listing their services that need
     * attention, updated in place by each run.
     */
    reminders?: {
      /**
       * false: no reminders task at all.
       * @default true
       */
      enabled?: boolean;
      /**
       * When the reminders task runs; always with global scope. Fields left
       * out keep their defaults (a schedule with its own frequency gets no
       * initial delay).
       * @default { frequency: { hours: 24 }, timeout: { hours: 1 }, initialDelay: { minutes: 10 } }
       */
      schedule?: Partial<SchedulerServiceTaskScheduleDefinitionConfig>;
      /** Each reason is sent unless set to false. */
      reasons?: {
        /** The assessment is older than staleAfterDays. @default true */
        stale?: boolean;
        /** The service has no assessment. @default true */
        neverAssessed?: boolean;
        /** A target applies and the level is below it (or there is none). @default true */
        belowTarget?: boolean;
        /** An active campaign's deadline is near and the service is not done. @default true */
        campaignDeadlineSoon?: boolean;
        /** An active campaign's deadline has passed and the service is not done. @default true */
        campaignDeadlinePassed?: boolean;
        /** An approved "not applicable" answer's exemption has expired (mlopsMaturity.review). @default true */
        exemptionExpired?: boolean;
      };
      /**
       * A campaign's deadline is near this many days before it (1 to 365).
       * @default 7
       */
      deadlineSoonDays?: number;
      /**
       * A digest with nothing new or cleared is sent again (which marks it
       * unread) only this long after its last send.
       * @default { hours: 20 }
       */
      repeatAfter?: HumanDuration | string;
    };

    /**
     * The verified level and reviews of answers (issue 25). The verified
     * level counts a self-reported answer at or above requiredFromLevel one
     * level below it until a reviewer approves it. A bad value stops the
     * backend with a message naming it.
     */
    review?: {
      /**
       * Answers at this level or above need a review (1 to 4).
       * @default 3
       */
      requiredFromLevel?: number;
      // Who reviews, and whether owners may review their own services, is
      // the permission policy's: permission.mlopsMaturity.reviewers and
      // permission.mlopsMaturity.allowSelfReview.
      /**
       * When set (whole days, 1 to 3650), a self-reported answer not set or
       * re-confirmed for longer counts as Level 0 in the verified level.
       * Unset: answers never expire.
       */
      answerTtlDays?: number;
      /** The exemptions "not applicable" answers ask for. */
      exemptions?: {
        /**
         * A new N/A is pending until a reviewer approves it; a pending,
         * expired or rejected N/A counts as Level 0 in the verified level.
         * @default false
         */
        requireApproval?: boolean;
        /**
         * The latest expiry a reviewer may give an approved N/A, in days
         * from the decision (1 to 3650).
         * @default 365
         */
        maxDays?: number;
      };
    };

    /** Demo assessments for a first run; keep disabled in production. */
    demoData?: {
      /** @default false */
      enabled?: boolean;
    };
  };
}
