import {
  Campaign,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { DAY_MS } from '../service/daysBefore';
import { ReminderReason } from './readRemindersConfig';
import {
  days,
  ExpiredExemptionsText,
  formatDate,
  MessageContext,
  quotedList,
  timeLeft,
} from './reminderMessages';

/**
 * The short phrases a digest line gives for each reason of a service, after
 * its name: "Churn Model: not assessed yet; campaign "Q4" ends in 3 days."
 */

/** Why a service is due, as a digest line says it. */
export function duePhrase(
  reason: ReminderReason,
  row: ScorecardRow,
  context: MessageContext,
  campaign?: Pick<Campaign, 'title' | 'deadline'>,
  expired?: ExpiredExemptionsText,
): string {
  switch (reason) {
    case 'exemption-expired':
      return `exemption of ${quotedList(
        expired!.questionTitles,
      )} expired on ${formatDate(
        expired!.firstExpiredAt,
      )}: answer it or ask for a new one`;
    case 'never-assessed':
      return 'not assessed yet: assess it';
    case 'stale': {
      const age = Math.floor(
        (context.now.getTime() - new Date(row.updatedAt!).getTime()) / DAY_MS,
      );
      return `assessment ${days(age)} old (last on ${formatDate(
        row.updatedAt!,
      )}): reassess it`;
    }
    case 'below-target':
      return row.level === null
        ? `no assessment, so below its target Level ${row.targetLevel}`
        : `Level ${row.level}, below its target Level ${row.targetLevel}`;
    case 'campaign-deadline-soon':
      return `campaign "${campaign!.title}" ends ${timeLeft(
        campaign as Campaign,
        context.now,
      )}, not done yet`;
    default:
      return `campaign "${campaign!.title}" passed its deadline of ${formatDate(
        campaign!.deadline,
      )}, not done`;
  }
}

/** A reason that no longer holds, as a digest line marks it done. */
export function donePhrase(
  reason: ReminderReason,
  campaignTitle?: string,
): string {
  switch (reason) {
    case 'never-assessed':
      return 'Assessed — nothing to do';
    case 'stale':
      return 'Reassessed — nothing to do';
    case 'below-target':
      return 'Meets its target — nothing to do';
    case 'exemption-expired':
      return 'Exemption renewed or question answered — nothing to do';
    default:
      return `Done for campaign "${campaignTitle}" (or no longer in it) — nothing to do`;
  }
}
