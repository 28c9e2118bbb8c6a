import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  ANSWER_LIMITS,
  EvidenceLink,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { FieldMessages, messagesAt } from './questionIssues';

/**
 * Evidence links (title + http(s) URL) of one answer, added and removed in
 * place. A URL's problems show as soon as something is typed; a blank title
 * only after a save or submit attempt (`messages`).
 */
export function EvidenceLinksField(props: {
  questionTitle: string;
  links: EvidenceLink[];
  disabled: boolean;
  /** Messages to show now (after an attempt, or from the server). */
  messages?: FieldMessages;
  /** Messages of the current answers, shown for URLs as they are typed. */
  liveMessages?: FieldMessages;
  onChange: (links: EvidenceLink[]) => void;
}) {
  const { questionTitle, links, disabled, messages, liveMessages, onChange } =
    props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const update = (index: number, change: Partial<EvidenceLink>) =>
    onChange(links.map((l, i) => (i === index ? { ...l, ...change } : l)));

  return (
    <Box mt={1}>
      <Typography variant="body2" color="textSecondary">
        {t('evidenceLinksField.title')}
      </Typography>
      {links.map((link, index) => {
        const titleErrors = messagesAt(messages, `evidence[${index}].title`);
        const urlErrors = [
          ...messagesAt(messages, `evidence[${index}].url`),
          ...(link.url !== ''
            ? messagesAt(liveMessages, `evidence[${index}].url`)
            : []),
        ];
        const uniqueUrlErrors = [...new Set(urlErrors)];
        const named = { question: questionTitle, number: String(index + 1) };
        return (
          <Box key={index} display="flex" alignItems="flex-start" mt={1}>
            <TextField
              label={t('evidenceLinksField.linkTitle')}
              value={link.title}
              onChange={e => update(index, { title: e.target.value })}
              error={titleErrors.length > 0}
              helperText={titleErrors.join(' ') || undefined}
              size="small"
              variant="outlined"
              inputProps={{
                'aria-label': t('evidenceLinksField.linkTitleAriaLabel', named),
              }}
              style={{ marginRight: 8, flex: 1 }}
            />
            <TextField
              label={t('evidenceLinksField.url')}
              value={link.url}
              placeholder={t('evidenceLinksField.urlPlaceholder')}
              onChange={e => update(index, { url: e.target.value })}
              error={uniqueUrlErrors.length > 0}
              helperText={uniqueUrlErrors.join(' ') || undefined}
              size="small"
              variant="outlined"
              inputProps={{
                'aria-label': t('evidenceLinksField.urlAriaLabel', named),
              }}
              style={{ flex: 2 }}
            />
            <IconButton
              aria-label={t('evidenceLinksField.remove', named)}
              onClick={() => onChange(links.filter((_, i) => i !== index))}
            >
              <DeleteIcon />
            </IconButton>
          </Box>
        );
      })}
      <Button
        size="small"
        startIcon={<AddIcon />}
        disabled={disabled || links.length >= ANSWER_LIMITS.evidenceMaxItems}
        onClick={() => onChange([...links, { title: '', url: '' }])}
        aria-label={t('evidenceLinksField.addAriaLabel', {
          question: questionTitle,
        })}
      >
        {t('evidenceLinksField.add')}
      </Button>
      {messagesAt(messages, 'evidence').map(message => (
        <Typography key={message} variant="caption" color="error" component="p">
          {message}
        </Typography>
      ))}
    </Box>
  );
}
