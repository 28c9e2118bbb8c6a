import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { formatAbsoluteTime, formatRelativeTime } from './formatRelativeTime';

/**
 * An ISO timestamp shown as relative time with the absolute date beside it
 * (or only in the tooltip when `compact`).
 */
export function Timestamp(props: { value: string; compact?: boolean }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const date = new Date(props.value);
  if (Number.isNaN(date.getTime())) return <span>{props.value}</span>;
  const absolute = formatAbsoluteTime(date);
  return (
    <time dateTime={props.value} title={absolute}>
      {formatRelativeTime(date, new Date(), t('timestamp.justNow'))}
      {props.compact ? null : ` (${absolute})`}
    </time>
  );
}
