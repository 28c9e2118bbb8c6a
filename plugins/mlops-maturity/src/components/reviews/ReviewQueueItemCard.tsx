import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  MaturityModel,
  ReviewQueueItem,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { mlopsMaturityTranslationRef } from '../../translation';
import { Timestamp } from '../shared/Timestamp';
import { ReviewedAnswer } from './ReviewedAnswer';

/**
 * One request of the queue: the service, the question, the answer under
 * review, who asked and when, and the Approve and Reject buttons.
 */
export function ReviewQueueItemCard(props: {
  item: ReviewQueueItem;
  /** The active model, for what the claimed level means. */
  model?: MaturityModel;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
}) {
  const { item, busy } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const question =
    item.questionTitle ??
    t('reviewItem.unknownQuestion', { id: item.questionId });
  return (
    <Paper variant="outlined" data-testid="review-item">
      <Box p={2}>
        <Typography variant="h6" component="h3">
          <EntityRefLink
            entityRef={item.entityRef}
            title={item.title ?? undefined}
          />
          {' · '}
          {question}
        </Typography>
        <ReviewedAnswer item={item} model={props.model} />
        <Typography
          variant="body2"
          color="textSecondary"
          data-testid="review-requested"
        >
          {t('reviewItem.requested', {
            user: (
              <EntityRefLink entityRef={item.requestedBy} defaultKind="User" />
            ),
            when: <Timestamp value={item.requestedAt} />,
            revision: String(item.requestedRevision),
          })}
          {item.owner && (
            <>
              {' · '}
              {t('reviewItem.owner', {
                owner: <EntityRefLink entityRef={item.owner} />,
              })}
            </>
          )}
        </Typography>
        <Box mt={1} display="flex" style={{ gap: 8 }}>
          <Button
            variant="contained"
            color="primary"
            disabled={busy}
            onClick={props.onApprove}
          >
            {t('reviewItem.approve')}
          </Button>
          <Button variant="outlined" disabled={busy} onClick={props.onReject}>
            {t('reviewItem.reject')}
          </Button>
        </Box>
      </Box>
    </Paper>
  );
}
