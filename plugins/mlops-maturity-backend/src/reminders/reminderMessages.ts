import {
  Campaign,
  MaturityLevelNumber,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { DAY_MS } from '../service/daysBefore';

/** What a notification says: a title (at most 255 characters) and a description. */
export interface ReminderText {
  title: string;
  description: string;
}

/** What the texts need besides the service. */
export interface MessageContext {
  now: Date;
  staleAfterDays: number;
  /** The name of a level in the plugin's model, e.g. "Automated Training". */
  levelName(level: MaturityLevelNumber): string;
}

/** The notifications backend stores titles in a 255-character column. */
const TITLE_MAX = 255;

const clampTitle = (title: string) =>
  title.length <= TITLE_MAX ? title : `${title.slice(0, TITLE_MAX - 1)}…`;

/** A date as people read it, e.g. "5 December 2026" (UTC, as stored). */
export const formatDate = (date: Date | string) =>
  new Date(date).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** "1 day", "5 days". */
export const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** What a service is called: its title, else its name. */
export const displayName = (row: ScorecardRow) => row.title ?? row.name;

function level(context: MessageContext, n: MaturityLevelNumber) {
  return `Level ${n} (${context.levelName(n)})`;
}

/** The assessment is older than mlopsMaturity.staleAfterDays. */
export function staleText(
  row: ScorecardRow,
  context: MessageContext,
): ReminderText {
  const name = displayName(row);
  const age = Math.floor(
    (context.now.getTime() - new Date(row.updatedAt!).getTime()) / DAY_MS,
  );
  return {
    title: clampTitle(
      `Reassess ${name}: its MLOps maturity assessment is ${days(age)} old`,
    ),
    description:
      `The last MLOps maturity assessment of ${name} was submitted on ${formatDate(
        row.updatedAt!,
      )}. ` +
      `Assessments older than ${days(
        context.staleAfterDays,
      )} are marked out of date on the scorecard, because a team's practices change. ` +
      'Open the Maturity tab, check that each answer still describes how the team works today, ' +
      'and submit the assessment again (answers that have not changed can stay as they are).',
  };
}

/** No assessment at all. */
export function neverAssessedText(row: ScorecardRow): ReminderText {
  const name = displayName(row);
  return {
    title: clampTitle(`Assess the MLOps maturity of ${name}`),
    description:
      `${name} has no MLOps maturity assessment yet, so the scorecard cannot show its level. ` +
      'Open the Maturity tab and answer the questions about how the team builds, deploys and monitors it. ' +
      'You can save a draft and finish later; once submitted, the tab shows what to improve next.',
  };
}

/** A target applies and the level is below it, or there is no level. */
export function belowTargetText(
  row: ScorecardRow,
  context: MessageContext,
): ReminderText {
  const name = displayName(row);
  const target = row.targetLevel!;
  const which = row.targetTitle ? ` ("${row.targetTitle}")` : '';
  if (row.level === null) {
    return {
      title: clampTitle(
        `${name} needs an assessment to meet its MLOps maturity target of Level ${target}`,
      ),
      description:
        `A maturity target${which} of ${level(
          context,
          target,
        )} applies to ${name}, ` +
        'but the service has no assessment yet, so it counts as below the target. ' +
        'Open the Maturity tab and assess it; the tab then shows whether it meets the target and what would close any gap.',
    };
  }
  return {
    title: clampTitle(
      `${name} is below its MLOps maturity target: Level ${row.level}, target Level ${target}`,
    ),
    description:
      `${name} is at ${level(context, row.level)}, ` +
      `below the maturity target${which} of ${level(
        context,
        target,
      )} set for it. ` +
      'The Maturity tab shows the target and the answers that would close the gap. ' +
      'Work on those practices with the team, then update the assessment.',
  };
}

/** The expired exemptions of a service, as the texts name them. */
export interface ExpiredExemptionsText {
  /** The questions' titles, in the model's words. */
  questionTitles: string[];
  /** When the first of them expired (ISO 8601). */
  firstExpiredAt: string;
}

/** "A/B testing", or "A/B testing" and "Drift detection". */
export const quotedList = (titles: string[]) =>
  titles.length === 1
    ? `"${titles[0]}"`
    : `${titles
        .slice(0, -1)
        .map(t => `"${t}"`)
        .join(', ')} and "${titles[titles.length - 1]}"`;

/** An approved "not applicable" answer's exemption has expired. */
export function exemptionExpiredText(
  row: ScorecardRow,
  expired: ExpiredExemptionsText,
): ReminderText {
  const name = displayName(row);
  const n = expired.questionTitles.length;
  const what =
    n === 1
      ? 'the exemption of the question'
      : `the exemptions of ${n} questions`;
  return {
    title: clampTitle(
      n === 1
        ? `The exemption of ${quotedList(
            expired.questionTitles,
          )} on ${name} has expired`
        : `${n} exemptions on ${name} have expired`,
    ),
    description:
      `${name} answered ${quotedList(
        expired.questionTitles,
      )} "not applicable", and ${what} expired on ${formatDate(
        expired.firstExpiredAt,
      )}. ` +
      'Until the question is answered or a reviewer approves the exemption again, the verified level counts it as Level 0. ' +
      'Open the Maturity tab and answer it, or submit it again as not applicable with its reason to ask for a new exemption.',
  };
}

/** What the campaign asks of every service in its scope, up to its deadline. */
function campaignAsk(campaign: Campaign, context: MessageContext) {
  const deadline = formatDate(campaign.deadline);
  if (campaign.goal.kind === 'level') {
    return `every ML service in its scope to reach ${level(
      context,
      campaign.goal.level,
    )} by ${deadline}`;
  }
  return `every ML service in its scope to be reassessed between ${formatDate(
    campaign.startsAt,
  )} and ${deadline}`;
}

/** Where the service stands against the campaign's goal, and what to do. */
function campaignStatus(row: ScorecardRow, campaign: Campaign) {
  const name = displayName(row);
  if (campaign.goal.kind === 'level') {
    const where =
      row.level === null
        ? `${name} has no assessment yet.`
        : `${name} is at Level ${row.level}.`;
    return `${where} Its Maturity tab shows what would take it to Level ${campaign.goal.level}; update the assessment when the team has made the changes.`;
  }
  const where =
    row.updatedAt === null
      ? `${name} has no assessment yet.`
      : `${name} was last assessed on ${formatDate(
          row.updatedAt,
        )}, before the campaign started.`;
  return `${where} Open its Maturity tab, check each answer against how the team works today, and submit the assessment.`;
}

/** How long until the deadline, e.g. "in 5 days". */
export function timeLeft(campaign: Campaign, now: Date) {
  const left = new Date(campaign.deadline).getTime() - now.getTime();
  return left < DAY_MS
    ? 'within a day'
    : `in ${days(Math.round(left / DAY_MS))}`;
}

/** An active campaign's deadline is near and the service is not done. */
export function campaignDeadlineSoonText(
  row: ScorecardRow,
  campaign: Campaign,
  context: MessageContext,
): ReminderText {
  const name = displayName(row);
  return {
    title: clampTitle(
      `Campaign "${campaign.title}" ends ${timeLeft(
        campaign,
        context.now,
      )}: ${name} is not done yet`,
    ),
    description: `The campaign "${campaign.title}" asks for ${campaignAsk(
      campaign,
      context,
    )}. ${campaignStatus(row, campaign)}`,
  };
}

/** An active campaign's deadline has passed and the service is not done. */
export function campaignDeadlinePassedText(
  row: ScorecardRow,
  campaign: Campaign,
  context: MessageContext,
): ReminderText {
  const name = displayName(row);
  return {
    title: clampTitle(
      `Campaign "${campaign.title}" is past its deadline: ${name} is not done`,
    ),
    description:
      `The campaign "${campaign.title}" asked for ${campaignAsk(
        campaign,
        context,
      )}; that date has passed. ${campaignStatus(row, campaign)} ` +
      'If the campaign should not apply to this service, tell the people running it.',
  };
}
