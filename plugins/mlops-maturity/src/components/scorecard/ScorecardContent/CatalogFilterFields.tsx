import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ScorecardQuery } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ScorecardFilterOptions } from '../../../hooks/useScorecardFilterOptions';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { ListFilterField } from './ListFilterField';

type ListFilter = 'owner' | 'system' | 'domain' | 'lifecycle';

/** The filters by what the catalog says: owner, system, domain, lifecycle. */
export function CatalogFilterFields(props: {
  query: ScorecardQuery;
  options: ScorecardFilterOptions;
  onChange: (change: Partial<ScorecardQuery>) => void;
}) {
  const { query, options, onChange } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const list = (key: ListFilter, label: string, refs: boolean) => (
    <ListFilterField
      id={`scorecard-filter-${key}`}
      label={label}
      values={query[key] ?? []}
      options={options[key]}
      refs={refs}
      names={options.names}
      onChange={values =>
        onChange({ [key]: values.length > 0 ? values : undefined })
      }
    />
  );
  return (
    <>
      {list('owner', t('scorecardFilters.owner'), true)}
      {list('system', t('scorecardFilters.system'), true)}
      {list('domain', t('scorecardFilters.domain'), true)}
      {list('lifecycle', t('scorecardFilters.lifecycle'), false)}
    </>
  );
}
