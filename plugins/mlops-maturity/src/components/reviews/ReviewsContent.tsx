import { ContentHeader, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ReviewQueueItem } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../api';
import { useScorecardFilterOptions } from '../../hooks/useScorecardFilterOptions';
import { mlopsMaturityTranslationRef } from '../../translation';
import { ListFilterField } from '../scorecard/ScorecardContent/ListFilterField';
import { LoadError } from '../shared/LoadError';
import { ApproveExemptionDialog } from './ApproveExemptionDialog';
import { RejectDialog } from './RejectDialog';
import { ReviewQueueItemCard } from './ReviewQueueItemCard';
import { reviewKey, useReviewDecision } from './useReviewDecision';
import { useReviewQueue } from './useReviewQueue';

/** The dialog open on one request: a rejection's comment, or an exemption's expiry. */
type OpenDialog = {
  kind: 'reject' | 'approve-exemption';
  item: ReviewQueueItem;
};

const questionOf = (item: ReviewQueueItem) =>
  item.questionTitle ?? item.questionId;

/** "Page 2" with the buttons to the pages before and after. */
function Pager(props: {
  page: number;
  previous?: () => void;
  next?: () => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (!props.previous && !props.next) return null;
  return (
    <Box display="flex" alignItems="center" mt={2} style={{ gap: 8 }}>
      <Button disabled={!props.previous} onClick={props.previous}>
        {t('reviewsPage.previousPage')}
      </Button>
      <Typography variant="body2">
        {t('reviewsPage.page', { page: String(props.page) })}
      </Typography>
      <Button disabled={!props.next} onClick={props.next}>
        {t('reviewsPage.nextPage')}
      </Button>
    </Box>
  );
}

/**
 * The review queue: the requests the user may decide, oldest first,
 * filterable by team and paged; Approve and Reject on each (a rejection
 * asks for a comment, an exemption's approval for its expiry).
 *
 * @public
 */
export function ReviewsContent() {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const queue = useReviewQueue();
  // What each claimed level means; the queue shows without it.
  const api = useApi(mlopsMaturityApiRef);
  const model = useAsync(() => api.getModel(), [api]).value;
  const options = useScorecardFilterOptions();
  const { decide, busy } = useReviewDecision(queue.reload);
  const [dialog, setDialog] = useState<OpenDialog>();
  const close = (done: boolean) => {
    if (done) setDialog(undefined);
  };

  let body;
  if (queue.loading) {
    body = <Progress />;
  } else if (queue.error) {
    body = <LoadError error={queue.error} onRetry={queue.reload} />;
  } else if (queue.items.length === 0) {
    body = (
      <Typography data-testid="reviews-empty">
        {queue.owners.length > 0
          ? t('reviewsPage.emptyFiltered')
          : t('reviewsPage.empty')}
      </Typography>
    );
  } else {
    body = (
      <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
        {queue.items.map(item => (
          <ReviewQueueItemCard
            key={reviewKey(item)}
            item={item}
            model={model}
            busy={busy === reviewKey(item)}
            onApprove={() =>
              item.kind === 'not-applicable'
                ? setDialog({ kind: 'approve-exemption', item })
                : decide(item, { decision: 'approved' })
            }
            onReject={() => setDialog({ kind: 'reject', item })}
          />
        ))}
      </Box>
    );
  }

  return (
    <>
      <ContentHeader title={t('reviewsPage.heading')} />
      <Box display="flex" flexWrap="wrap">
        <ListFilterField
          id="reviews-filter-owner"
          label={t('reviewsPage.teamFilter')}
          values={queue.owners}
          options={options.owner}
          refs
          names={options.names}
          onChange={queue.setOwners}
        />
      </Box>
      {body}
      <Pager page={queue.page} previous={queue.previous} next={queue.next} />
      {dialog?.kind === 'reject' && (
        <RejectDialog
          question={questionOf(dialog.item)}
          busy={busy !== undefined}
          onCancel={() => setDialog(undefined)}
          onReject={comment =>
            decide(dialog.item, { decision: 'rejected', comment }).then(close)
          }
        />
      )}
      {dialog?.kind === 'approve-exemption' && (
        <ApproveExemptionDialog
          entityRef={dialog.item.entityRef}
          question={questionOf(dialog.item)}
          busy={busy !== undefined}
          onCancel={() => setDialog(undefined)}
          onApprove={expiresAt =>
            decide(dialog.item, { decision: 'approved', expiresAt }).then(close)
          }
        />
      )}
    </>
  );
}
