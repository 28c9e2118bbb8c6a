/** Revisions submitted on one (local) day, as a run of positions on the axis. */
export interface DayGroup {
  /** Index of the day's first revision, in revision order. */
  first: number;
  /** Index of the day's last revision. */
  last: number;
  /** The day, as the reader reads it, e.g. "3 Mar" or "3 Mar 2024". */
  label: string;
  /** Whether the label is drawn: labels that would overlap are left out. */
  labelled: boolean;
}

// At the chart's 11 px font, a character is about this wide on average.
const CHAR_WIDTH = 6.5;
const LABEL_GAP = 8;

function dayKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

/**
 * Groups revisions (in revision order) into runs of the same calendar day,
 * each with a date label, and marks which labels fit beside each other when
 * revision `i` is drawn at `x(i)`.
 */
export function dayGroups(
  createdAt: string[],
  x: (index: number) => number,
): DayGroup[] {
  const dates = createdAt.map(value => new Date(value));
  const years = new Set(dates.map(d => d.getFullYear()));
  const format: Intl.DateTimeFormatOptions =
    years.size > 1
      ? { day: 'numeric', month: 'short', year: 'numeric' }
      : { day: 'numeric', month: 'short' };

  const groups: DayGroup[] = [];
  dates.forEach((date, i) => {
    const previous = groups[groups.length - 1];
    if (previous && dayKey(dates[previous.last]) === dayKey(date)) {
      previous.last = i;
    } else {
      groups.push({
        first: i,
        last: i,
        label: date.toLocaleDateString(undefined, format),
        labelled: false,
      });
    }
  });

  let shown: { centre: number; width: number } | undefined;
  for (const group of groups) {
    const centre = (x(group.first) + x(group.last)) / 2;
    const width = group.label.length * CHAR_WIDTH;
    if (
      !shown ||
      centre - shown.centre >= (shown.width + width) / 2 + LABEL_GAP
    ) {
      group.labelled = true;
      shown = { centre, width };
    }
  }
  return groups;
}
