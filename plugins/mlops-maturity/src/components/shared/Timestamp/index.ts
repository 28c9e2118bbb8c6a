export { Timestamp } from './Timestamp';
export { formatAbsoluteTime, formatRelativeTime } from './formatRelativeTime';
