import { NotificationPayload } from '@backstage/plugin-notifications-common';
import { formatScorecardQuery } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Reminder, REMINDER_TOPIC } from './decideReminders';
import { ReminderReason } from './readRemindersConfig';
import { donePhrase } from './reminderPhrases';
import { SCORECARD_LINK } from './reminderWithdrawals';

/** A service a digest line names: what it is called, its tab, its owner. */
export interface DigestService {
  name: string;
  /** Its Maturity tab, relative to app.baseUrl. */
  link: string;
  owner: string;
}

/** A line marked done: the reason that cleared. */
interface DoneItem {
  entityRef: string;
  reason: ReminderReason;
  campaignTitle?: string;
}

/** Services listed by name in one digest; beyond them the digest counts the rest. */
export const DIGEST_MAX_LINES = 50;

const SEVERITY_RANK = { low: 0, normal: 1, high: 2, critical: 3 } as const;
type Severity = keyof typeof SEVERITY_RANK;

const REASON_SEVERITY: Record<ReminderReason, Severity> = {
  stale: 'low',
  'never-assessed': 'normal',
  'below-target': 'normal',
  'campaign-deadline-soon': 'normal',
  'campaign-deadline-passed': 'high',
  'exemption-expired': 'normal',
};

/** The notifications backend stores titles in a 255-character column. */
const clamp = (title: string) =>
  title.length <= 255 ? title : `${title.slice(0, 254)}…`;

interface Line {
  entityRef: string;
  service: DigestService;
  due: string[];
  done: string[];
  reasons: ReminderReason[];
}

/** The digest's lines: one per service, due ones first, each service once. */
function linesOf(
  due: Reminder[],
  done: DoneItem[],
  serviceFor: (entityRef: string) => DigestService | undefined,
): Line[] {
  const lines = new Map<string, Line>();
  const lineOf = (entityRef: string) => {
    let line = lines.get(entityRef);
    if (!line) {
      const service = serviceFor(entityRef)!;
      line = { entityRef, service, due: [], done: [], reasons: [] };
      lines.set(entityRef, line);
    }
    return line;
  };
  for (const r of due) {
    const line = lineOf(r.entityRef);
    line.due.push(r.phrase);
    line.reasons.push(r.reason);
  }
  for (const d of done) {
    lineOf(d.entityRef).done.push(donePhrase(d.reason, d.campaignTitle));
  }
  return [...lines.values()];
}

/** One service's link when the digest names one, else the scorecard filtered to their owners. */
function linkOf(lines: Line[]): string {
  if (lines.length === 1) return lines[0].service.link;
  const owners = [...new Set(lines.map(l => l.service.owner))].sort();
  if (owners.length === 0) return SCORECARD_LINK;
  const query = formatScorecardQuery({ owner: owners }).toString();
  return `${SCORECARD_LINK}?${query}`;
}

const sentence = (line: Line) =>
  `${line.service.name}: ${[...line.due, ...line.done].join('; ')}.`;

/**
 * The digest notification: a title that counts the services due ("3 ML
 * services need attention", or the service's name when there is one; "All
 * caught up" when none is), a description with one line per service and its
 * reasons (due first, then those marked done), and a link to the single
 * service's Maturity tab or to the scorecard filtered to the services' owners.
 * The description is plain text (the notifications page shows it as such);
 * each line ends with a full stop so it reads as well on one line.
 */
export function digestPayload(
  due: Reminder[],
  done: DoneItem[],
  serviceFor: (entityRef: string) => DigestService | undefined,
  scope: string,
): NotificationPayload {
  const lines = linesOf(due, done, serviceFor);
  const dueLines = lines.filter(l => l.due.length > 0);
  const severity = due.reduce<Severity>(
    (worst, r) =>
      SEVERITY_RANK[REASON_SEVERITY[r.reason]] > SEVERITY_RANK[worst]
        ? REASON_SEVERITY[r.reason]
        : worst,
    'low',
  );
  let title = 'All caught up: no ML service of yours needs attention';
  if (dueLines.length === 1)
    title = `${dueLines[0].service.name} needs attention`;
  else if (dueLines.length > 1) {
    title = `${dueLines.length} ML services need attention`;
  }
  const shown = lines.slice(0, DIGEST_MAX_LINES).map(sentence);
  if (lines.length > DIGEST_MAX_LINES) {
    shown.push(
      `And ${lines.length - DIGEST_MAX_LINES} more: see them on the scorecard.`,
    );
  }
  if (dueLines.length === 0) {
    shown.unshift('Nothing is due on the ML services you own.');
  }
  return {
    title: clamp(title),
    description: shown.join('\n'),
    link: linkOf(dueLines.length > 0 ? dueLines : lines),
    severity,
    topic: REMINDER_TOPIC,
    scope,
    metadata: {
      reason: 'digest',
      due: dueLines.map(l => ({ entityRef: l.entityRef, reasons: l.reasons })),
      done: done.map(d => ({ entityRef: d.entityRef, reason: d.reason })),
    },
  };
}
