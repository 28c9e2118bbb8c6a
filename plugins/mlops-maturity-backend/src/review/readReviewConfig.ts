import { Config } from '@backstage/config';
import {
  MaturityLevelNumber,
  VerificationPolicy,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

const KEY = 'mlopsMaturity.review';

/** `mlopsMaturity.review`, validated: the verification policy and how reviews work. */
export interface ReviewConfig extends VerificationPolicy {
  exemptions: {
    /** Whether a new N/A waits for a reviewer's approval. */
    requireApproval: boolean;
    /** The latest expiry an approval may give an N/A, in days from the decision. */
    maxDays: number;
  };
}

const DEFAULT_REQUIRED_FROM_LEVEL = 3;
const DEFAULT_EXEMPTION_MAX_DAYS = 365;
// Ten years: MySQL's TIMESTAMP ends in 2038.
const MAX_DAYS = 3650;

/** A whole number from `min` to `max` at `key`, or the fallback when unset; throws naming the key. */
function wholeNumber(
  config: Config,
  key: string,
  fallback: number | undefined,
  [min, max]: [number, number],
): number | undefined {
  const raw = config.getOptional(`${KEY}.${key}`);
  if (raw === undefined) return fallback;
  const value =
    typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < min ||
    value > max
  ) {
    throw new Error(
      `${KEY}.${key} must be a whole number from ${min} to ${max}, got ${JSON.stringify(
        raw,
      )}`,
    );
  }
  return value;
}

/** true or false at `key`, or false when unset; throws naming the key. */
function flag(config: Config, key: string): boolean {
  const raw = config.getOptional(`${KEY}.${key}`);
  if (raw === undefined) return false;
  if (typeof raw === 'boolean') return raw;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new Error(
    `${KEY}.${key} must be true or false, got ${JSON.stringify(raw)}`,
  );
}

/**
 * Reads and checks `mlopsMaturity.review`: review from Level 3, answers that
 * never expire and N/As that need no approval unless set. Who reviews is
 * the permission policy's (`permission.mlopsMaturity.reviewers`). Throws, at start, with the key and the value at fault.
 */
export function readReviewConfig(config: Config): ReviewConfig {
  const raw = config.getOptional(KEY);
  if (raw !== undefined && (typeof raw !== 'object' || raw === null)) {
    throw new Error(
      `${KEY} must be an object such as { requiredFromLevel: 3 }, got ${JSON.stringify(
        raw,
      )}`,
    );
  }
  const answerTtlDays = wholeNumber(config, 'answerTtlDays', undefined, [
    1,
    MAX_DAYS,
  ]);
  return {
    requiredFromLevel: wholeNumber(
      config,
      'requiredFromLevel',
      DEFAULT_REQUIRED_FROM_LEVEL,
      [1, 4],
    ) as MaturityLevelNumber,
    ...(answerTtlDays === undefined ? {} : { answerTtlDays }),
    exemptions: {
      requireApproval: flag(config, 'exemptions.requireApproval'),
      maxDays: wholeNumber(
        config,
        'exemptions.maxDays',
        DEFAULT_EXEMPTION_MAX_DAYS,
        [1, MAX_DAYS],
      )!,
    },
  };
}
