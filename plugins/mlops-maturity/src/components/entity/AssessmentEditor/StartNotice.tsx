import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Typography from '@material-ui/core/Typography';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { StartingPoint } from './startingPoint';

/** What the editor opened with: the draft, the current answers or nothing. */
export function StartNotice(props: {
  source: StartingPoint['source'];
  dropped: string[];
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const start = {
    draft: t('startNotice.fromDraft'),
    current: t('startNotice.fromCurrent'),
    empty: t('startNotice.empty'),
  }[props.source];
  const dropped =
    props.dropped.length > 0
      ? t('startNotice.droppedQuestions', {
          questions: props.dropped.join(', '),
        })
      : undefined;
  return (
    <Typography variant="body2" color="textSecondary">
      {[start, dropped].filter(Boolean).join(' ')}
    </Typography>
  );
}
