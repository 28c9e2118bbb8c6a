import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Campaign } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Chip from '@material-ui/core/Chip';
import { entityRefLabel } from '../../../format/entityRefLabel';
import { mlopsMaturityTranslationRef } from '../../../translation';
import {
  SCOPE_FIELDS,
  SCOPE_REF_KINDS,
  ScopeField,
} from '../CampaignDialog/campaignForm';

/** The campaign's scope, a chip per value; every service when it has none. */
export function CampaignScopeChips(props: {
  scope: Campaign['scope'];
  className: string;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const fieldLabel: Record<ScopeField, string> = {
    owner: t('campaignDialog.owner'),
    system: t('campaignDialog.system'),
    domain: t('campaignDialog.domain'),
    lifecycle: t('campaignDialog.lifecycle'),
    type: t('campaignDialog.type'),
    tag: t('campaignDialog.tag'),
  };
  const scope = SCOPE_FIELDS.flatMap(field =>
    (props.scope[field] ?? []).map(value => ({
      key: `${field}:${value}`,
      label: t('campaignPage.scopeValue', {
        field: fieldLabel[field],
        value: SCOPE_REF_KINDS[field] ? entityRefLabel(value) : value,
      }),
    })),
  );
  if (scope.length === 0) return <>{t('campaignPage.everyService')}</>;
  return (
    <span className={props.className}>
      {scope.map(s => (
        <Chip
          key={s.key}
          size="small"
          variant="outlined"
          label={s.label}
          style={{ margin: 0 }}
        />
      ))}
    </span>
  );
}
