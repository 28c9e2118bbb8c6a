import {
  MATURITY_LEVELS,
  MaturityLevelNumber,
  MaturityModel,
  ScorecardQuery,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useEffect, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import { entityRefLabel } from './entityRefLabel';
import { ScorecardFilterOptions } from './useScorecardFilterOptions';
import { levelName } from '../../format/modelNames';

type ListFilter = 'owner' | 'system' | 'domain' | 'lifecycle';

const SEARCH_DEBOUNCE_MS = 400;

function ListFilterField(props: {
  id: string;
  label: string;
  values: string[];
  options: string[];
  refs: boolean;
  onChange: (values: string[]) => void;
}) {
  const label = (v: string) => (props.refs ? entityRefLabel(v) : v);
  return (
    <Autocomplete
      id={props.id}
      multiple
      freeSolo
      size="small"
      options={props.options}
      value={props.values}
      getOptionLabel={label}
      onChange={(_e, values) => props.onChange(values as string[])}
      renderInput={params => (
        <TextField {...params} label={props.label} variant="outlined" />
      )}
      style={{ minWidth: 220, marginRight: 12, marginBottom: 12 }}
    />
  );
}

function booleanValue(value: boolean | undefined): string {
  return value === undefined ? 'any' : String(value);
}

function fromBooleanValue(value: string): boolean | undefined {
  return value === 'any' ? undefined : value === 'true';
}

/** A yes / no / any filter. */
function BooleanFilterField(props: {
  id: string;
  label: string;
  value: boolean | undefined;
  trueLabel: string;
  falseLabel: string;
  onChange: (value: boolean | undefined) => void;
}) {
  return (
    <TextField
      id={props.id}
      select
      label={props.label}
      value={booleanValue(props.value)}
      onChange={e => props.onChange(fromBooleanValue(e.target.value))}
      variant="outlined"
      size="small"
      style={{ minWidth: 160, marginRight: 12, marginBottom: 12 }}
    >
      <MenuItem value="any">Any</MenuItem>
      <MenuItem value="true">{props.trueLabel}</MenuItem>
      <MenuItem value="false">{props.falseLabel}</MenuItem>
    </TextField>
  );
}

/**
 * The scorecard's filters. Changes go straight to the URL; the text search
 * waits until typing pauses.
 */
export function ScorecardFilters(props: {
  query: ScorecardQuery;
  options: ScorecardFilterOptions;
  model?: MaturityModel;
  hasFilters: boolean;
  onChange: (
    change: Partial<ScorecardQuery>,
    options?: { replace?: boolean },
  ) => void;
  onClear: () => void;
}) {
  const { query, options, model, onChange } = props;
  const [text, setText] = useState(query.q ?? '');

  // Follow the URL when it changes from elsewhere (back button, clear).
  useEffect(() => setText(query.q ?? ''), [query.q]);
  useDebounce(
    () => {
      if (text !== (query.q ?? '')) {
        onChange({ q: text === '' ? undefined : text }, { replace: true });
      }
    },
    SEARCH_DEBOUNCE_MS,
    [text],
  );

  const list = (key: ListFilter, label: string, refs: boolean) => (
    <ListFilterField
      id={`scorecard-filter-${key}`}
      label={label}
      values={query[key] ?? []}
      options={options[key]}
      refs={refs}
      onChange={values =>
        onChange({ [key]: values.length > 0 ? values : undefined })
      }
    />
  );

  return (
    <Box display="flex" flexWrap="wrap" alignItems="flex-start">
      <TextField
        id="scorecard-filter-search"
        label="Search"
        placeholder="Name, title or owner"
        value={text}
        onChange={e => setText(e.target.value)}
        variant="outlined"
        size="small"
        style={{ minWidth: 220, marginRight: 12, marginBottom: 12 }}
      />
      {list('owner', 'Owner', true)}
      {list('system', 'System', true)}
      {list('domain', 'Domain', true)}
      {list('lifecycle', 'Lifecycle', false)}
      <Autocomplete
        id="scorecard-filter-level"
        multiple
        size="small"
        options={[...MATURITY_LEVELS]}
        value={query.level ?? []}
        getOptionLabel={level =>
          levelName(model, level)
            ? `L${level} · ${levelName(model, level)}`
            : `L${level}`
        }
        onChange={(_e, levels) =>
          onChange({
            level:
              levels.length > 0 ? (levels as MaturityLevelNumber[]) : undefined,
          })
        }
        renderInput={params => (
          <TextField {...params} label="Level" variant="outlined" />
        )}
        style={{ minWidth: 200, marginRight: 12, marginBottom: 12 }}
      />
      <BooleanFilterField
        id="scorecard-filter-assessed"
        label="Assessment"
        value={query.assessed}
        trueLabel="Assessed"
        falseLabel="Not assessed"
        onChange={assessed => onChange({ assessed })}
      />
      <BooleanFilterField
        id="scorecard-filter-stale"
        label="Staleness"
        value={query.stale}
        trueLabel="Stale"
        falseLabel="Up to date"
        onChange={stale => onChange({ stale })}
      />
      {props.hasFilters && (
        <Button onClick={props.onClear} style={{ marginTop: 4 }}>
          Clear filters
        </Button>
      )}
    </Box>
  );
}
