import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { mlopsMaturityTranslationRef } from '../../../translation';

function booleanValue(value: boolean | undefined): string {
  return value === undefined ? 'any' : String(value);
}

function fromBooleanValue(value: string): boolean | undefined {
  return value === 'any' ? undefined : value === 'true';
}

/** A yes / no / any filter. */
export function BooleanFilterField(props: {
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
