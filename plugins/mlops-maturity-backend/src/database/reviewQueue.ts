import { Knex } from 'knex';
import { RowRestriction } from './RowRestriction';
import { AnswerReview, REVIEWS, toAnswerReview } from './reviewRows';
import { ENTITIES } from './scorecardTable';

/** Where a page of the queue starts: after the request with these keys. */
export interface ReviewQueueCursor {
  requestedAt: string;
  entityRef: string;
  questionId: string;
}

/** Which pending requests a reviewer's queue shows. */
export interface ReviewQueueQuery {
  /** The ML services the caller may read (their visibility). */
  restriction: RowRestriction;
  /** Only services of these owners (entity refs, lowercased), when given. */
  owners?: string[];
  limit: number;
  after?: ReviewQueueCursor;
}

/** A pending request with what the scorecard knows of its ML service. */
export interface ReviewQueueItem extends AnswerReview {
  owner: string | null;
  title: string | null;
  name: string;
}

/** One page of the queue; `next` is the cursor of the following page, if any. */
export interface ReviewQueuePage {
  items: ReviewQueueItem[];
  next?: ReviewQueueCursor;
}

/**
 * One page of pending requests, oldest first (then by entity ref and
 * question id), after the cursor: a range scan of the queue index, each row
 * joined to its ML service's scorecard row, so requests of services that
 * left the scorecard (or of an earlier entity of the same ref) and of
 * services the restriction hides are left out.
 */
export async function pendingReviewPage(
  db: Knex,
  query: ReviewQueueQuery,
): Promise<ReviewQueuePage> {
  const { restriction, owners, limit, after } = query;
  if (restriction.kind === 'none' || owners?.length === 0) return { items: [] };
  const q = db(`${REVIEWS} as r`)
    .join(`${ENTITIES} as e`, join =>
      join
        .on('e.entity_ref', 'r.entity_ref')
        .andOn('e.entity_uid', 'r.entity_uid'),
    )
    .where('r.status', 'pending');
  // The restriction narrows an unqualified entity_ref: a subquery of its own.
  if (restriction.kind === 'restricted') {
    q.whereIn(
      'r.entity_ref',
      restriction.restrict(db(ENTITIES).select('entity_ref')),
    );
  }
  if (owners) q.whereIn('e.owner', owners);
  if (after) {
    const at = new Date(after.requestedAt);
    q.where(later =>
      later
        .where('r.requested_at', '>', at)
        .orWhere(same =>
          same
            .where('r.requested_at', at)
            .andWhere(sameTime =>
              sameTime
                .where('r.entity_ref', '>', after.entityRef)
                .orWhere(sameRef =>
                  sameRef
                    .where('r.entity_ref', after.entityRef)
                    .andWhere('r.question_id', '>', after.questionId),
                ),
            ),
        ),
    );
  }
  const rows = await q
    .orderBy([
      { column: 'r.requested_at', order: 'asc' },
      { column: 'r.entity_ref', order: 'asc' },
      { column: 'r.question_id', order: 'asc' },
    ])
    .limit(limit + 1)
    .select('r.*', 'e.owner', 'e.title', 'e.name');
  const items: ReviewQueueItem[] = rows.slice(0, limit).map((row: any) => ({
    ...toAnswerReview(row),
    owner: row.owner ?? null,
    title: row.title ?? null,
    name: row.name,
  }));
  const last = items[items.length - 1];
  return rows.length > limit && last
    ? {
        items,
        next: {
          requestedAt: last.requestedAt,
          entityRef: last.entityRef,
          questionId: last.questionId,
        },
      }
    : { items };
}
