import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
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
import { entityRefLabel } from '../../../format/entityRefLabel';
import { ScorecardFilterOptions } from '../../../hooks/useScorecardFilterOptions';
import { formatPercent } from '../../../format/formatShare';
import { levelName } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';

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
  /** Room for a long label; 160 px by default. */
  minWidth?: number;
  onChange: (value: boolean | undefined) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <TextField
      id={props.id}
      select
      label={props.label}
      value={booleanValue(props.value)}
      onChange={e => props.onChange(fromBooleanValue(e.target.value))}
      variant="outlined"
      size="small"
      style={{
        minWidth: props.minWidth ?? 160,
        marginRight: 12,
        marginBottom: 12,
      }}
    >
      <MenuItem value="any">{t('scorecardFilters.any')}</MenuItem>
      <MenuItem value="true">{props.trueLabel}</MenuItem>
      <MenuItem value="false">{props.falseLabel}</MenuItem>
    </TextField>
  );
}

type EvidenceShareRange = Pick<
  ScorecardQuery,
  'evidenceShareMin' | 'evidenceShareMax'
>;

/**
 * The ranges of the evidence-backed share the filter offers, as the
 * inclusive bounds the backend reads.
 */
const EVIDENCE_SHARE_RANGES = {
  all: { evidenceShareMin: 1 },
  halfOrMore: { evidenceShareMin: 0.5 },
  halfOrLess: { evidenceShareMax: 0.5 },
  none: { evidenceShareMax: 0 },
} as const satisfies Record<string, EvidenceShareRange>;

type EvidenceShareRangeKey = keyof typeof EVIDENCE_SHARE_RANGES;

function evidenceShareRangeKey(
  range: EvidenceShareRange,
): EvidenceShareRangeKey | 'any' | 'custom' {
  if (
    range.evidenceShareMin === undefined &&
    range.evidenceShareMax === undefined
  ) {
    return 'any';
  }
  const key = (
    Object.keys(EVIDENCE_SHARE_RANGES) as EvidenceShareRangeKey[]
  ).find(k => {
    const preset: EvidenceShareRange = EVIDENCE_SHARE_RANGES[k];
    return (
      preset.evidenceShareMin === range.evidenceShareMin &&
      preset.evidenceShareMax === range.evidenceShareMax
    );
  });
  return key ?? 'custom';
}

/**
 * The evidence filter: services by the share of their answers that evidence
 * backs. A range from a hand-edited or shared link that is none of the
 * offered ones stays selected, named by its bounds.
 */
function EvidenceShareFilterField(props: {
  range: EvidenceShareRange;
  /** Both bounds, undefined to drop one. */
  onChange: (range: EvidenceShareRange) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { evidenceShareMin: min, evidenceShareMax: max } = props.range;
  const selected = evidenceShareRangeKey(props.range);
  const labels: Record<EvidenceShareRangeKey, string> = {
    all: t('scorecardFilters.evidenceAllBacked'),
    halfOrMore: t('scorecardFilters.evidenceHalfOrMore'),
    halfOrLess: t('scorecardFilters.evidenceHalfOrLess'),
    none: t('scorecardFilters.evidenceNoneBacked'),
  };
  let customLabel = '';
  if (min !== undefined && max !== undefined) {
    customLabel = t('scorecardFilters.evidenceRange', {
      min: formatPercent(min),
      max: formatPercent(max),
    });
  } else if (min !== undefined) {
    customLabel = t('scorecardFilters.evidenceAtLeast', {
      min: formatPercent(min),
    });
  } else if (max !== undefined) {
    customLabel = t('scorecardFilters.evidenceAtMost', {
      max: formatPercent(max),
    });
  }
  return (
    <TextField
      id="scorecard-filter-evidence"
      select
      label={t('scorecardFilters.evidence')}
      value={selected}
      onChange={e => {
        const key = e.target.value;
        if (key === 'custom') return;
        const range: EvidenceShareRange =
          key === 'any'
            ? {}
            : EVIDENCE_SHARE_RANGES[key as EvidenceShareRangeKey];
        props.onChange({
          evidenceShareMin: range.evidenceShareMin,
          evidenceShareMax: range.evidenceShareMax,
        });
      }}
      variant="outlined"
      size="small"
      style={{ minWidth: 200, marginRight: 12, marginBottom: 12 }}
    >
      <MenuItem value="any">{t('scorecardFilters.any')}</MenuItem>
      {(Object.keys(labels) as EvidenceShareRangeKey[]).map(key => (
        <MenuItem key={key} value={key}>
          {labels[key]}
        </MenuItem>
      ))}
      {selected === 'custom' && (
        <MenuItem value="custom">{customLabel}</MenuItem>
      )}
    </TextField>
  );
}

/** A campaign the campaign filter offers. */
export interface CampaignOption {
  id: string;
  title: string;
}

/**
 * The campaign filter: the services in a campaign's scope, and among them
 * those that meet its goal or not yet.
 */
function CampaignFilterFields(props: {
  campaigns: CampaignOption[];
  campaign: string | undefined;
  campaignDone: boolean | undefined;
  onChange: (change: Partial<ScorecardQuery>) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const options = [...props.campaigns];
  // A campaign from the URL that is not offered (closed, say) stays shown.
  if (props.campaign && !options.some(c => c.id === props.campaign)) {
    options.push({ id: props.campaign, title: props.campaign });
  }
  return (
    <>
      <TextField
        id="scorecard-filter-campaign"
        select
        label={t('scorecardFilters.campaign')}
        value={props.campaign ?? ''}
        onChange={e =>
          props.onChange({
            campaign: e.target.value === '' ? undefined : e.target.value,
            campaignDone: undefined,
          })
        }
        variant="outlined"
        size="small"
        SelectProps={{ displayEmpty: true }}
        InputLabelProps={{ shrink: true }}
        style={{ minWidth: 200, marginRight: 12, marginBottom: 12 }}
      >
        <MenuItem value="">{t('scorecardFilters.any')}</MenuItem>
        {options.map(c => (
          <MenuItem key={c.id} value={c.id}>
            {c.title}
          </MenuItem>
        ))}
      </TextField>
      {props.campaign && (
        <BooleanFilterField
          id="scorecard-filter-campaign-done"
          label={t('scorecardFilters.campaignGoal')}
          value={props.campaignDone}
          trueLabel={t('scorecardFilters.campaignDone')}
          falseLabel={t('scorecardFilters.campaignNotDone')}
          onChange={campaignDone => props.onChange({ campaignDone })}
        />
      )}
    </>
  );
}

/**
 * The scorecard's filters. Changes go straight to the URL; the text search
 * waits until typing pauses.
 */
export function ScorecardFilters(props: {
  query: ScorecardQuery;
  options: ScorecardFilterOptions;
  /** The campaigns to filter by: the active ones. */
  campaigns?: CampaignOption[];
  model?: MaturityModel;
  hasFilters: boolean;
  onChange: (
    change: Partial<ScorecardQuery>,
    options?: { replace?: boolean },
  ) => void;
  onClear: () => void;
}) {
  const { query, options, model, onChange } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
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
        label={t('scorecardFilters.search')}
        placeholder={t('scorecardFilters.searchPlaceholder')}
        value={text}
        onChange={e => setText(e.target.value)}
        variant="outlined"
        size="small"
        style={{ minWidth: 220, marginRight: 12, marginBottom: 12 }}
      />
      {list('owner', t('scorecardFilters.owner'), true)}
      {list('system', t('scorecardFilters.system'), true)}
      {list('domain', t('scorecardFilters.domain'), true)}
      {list('lifecycle', t('scorecardFilters.lifecycle'), false)}
      <Autocomplete
        id="scorecard-filter-level"
        multiple
        size="small"
        options={[...MATURITY_LEVELS]}
        value={query.level ?? []}
        getOptionLabel={level => {
          const name = levelName(model, level);
          return name
            ? t('scorecardFilters.levelOptionWithName', {
                level: String(level),
                name,
              })
            : t('scorecardFilters.levelOption', { level: String(level) });
        }}
        onChange={(_e, levels) =>
          onChange({
            level:
              levels.length > 0 ? (levels as MaturityLevelNumber[]) : undefined,
          })
        }
        renderInput={params => (
          <TextField
            {...params}
            label={t('scorecardFilters.level')}
            variant="outlined"
          />
        )}
        style={{ minWidth: 200, marginRight: 12, marginBottom: 12 }}
      />
      <BooleanFilterField
        id="scorecard-filter-assessed"
        label={t('scorecardFilters.assessment')}
        value={query.assessed}
        trueLabel={t('scorecardFilters.assessed')}
        falseLabel={t('scorecardFilters.notAssessed')}
        onChange={assessed => onChange({ assessed })}
      />
      <BooleanFilterField
        id="scorecard-filter-stale"
        label={t('scorecardFilters.staleness')}
        value={query.stale}
        trueLabel={t('scorecardFilters.stale')}
        falseLabel={t('scorecardFilters.upToDate')}
        onChange={stale => onChange({ stale })}
      />
      <BooleanFilterField
        id="scorecard-filter-below-target"
        label={t('scorecardFilters.target')}
        value={query.belowTarget}
        trueLabel={t('scorecardFilters.belowTarget')}
        falseLabel={t('scorecardFilters.atTargetOrNone')}
        onChange={belowTarget => onChange({ belowTarget })}
      />
      <EvidenceShareFilterField
        range={{
          evidenceShareMin: query.evidenceShareMin,
          evidenceShareMax: query.evidenceShareMax,
        }}
        onChange={onChange}
      />
      <BooleanFilterField
        id="scorecard-filter-evidence-suggests-higher"
        label={t('scorecardFilters.evidenceSuggestsHigher')}
        value={query.evidenceSuggestsHigher}
        trueLabel={t('scorecardFilters.evidenceSuggestsHigherYes')}
        falseLabel={t('scorecardFilters.evidenceSuggestsHigherNo')}
        minWidth={220}
        onChange={evidenceSuggestsHigher =>
          onChange({ evidenceSuggestsHigher })
        }
      />
      {((props.campaigns ?? []).length > 0 || !!query.campaign) && (
        <CampaignFilterFields
          campaigns={props.campaigns ?? []}
          campaign={query.campaign}
          campaignDone={query.campaignDone}
          onChange={onChange}
        />
      )}
      {props.hasFilters && (
        <Button onClick={props.onClear} style={{ marginTop: 4 }}>
          {t('scorecardFilters.clearFilters')}
        </Button>
      )}
    </Box>
  );
}
