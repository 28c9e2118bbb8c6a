import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import TextField from '@material-ui/core/TextField';
import { useEffect, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import { mlopsMaturityTranslationRef } from '../../../translation';

const SEARCH_DEBOUNCE_MS = 400;

/**
 * The text search. What is typed goes to the URL once typing pauses,
 * replacing the history entry.
 */
export function SearchFilterField(props: {
  q: string | undefined;
  onChange: (q: string | undefined) => void;
}) {
  const { q, onChange } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const [text, setText] = useState(q ?? '');

  // Follow the URL when it changes from elsewhere (back button, clear).
  useEffect(() => setText(q ?? ''), [q]);
  useDebounce(
    () => {
      if (text !== (q ?? '')) {
        onChange(text === '' ? undefined : text);
      }
    },
    SEARCH_DEBOUNCE_MS,
    [text],
  );

  return (
    <TextField
      id="scorecard-filter-search"
      label={t('scorecardFilters.search')}
      placeholder={t('scorecardFilters.searchPlaceholder')}
      value={text}
      onChange={e => setText(e.target.value)}
      variant="outlined"
      size="small"
      style={{ minWidth: 220, marginRight: 12, marginBottom: 12 }}
    />
  );
}
