import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { entityRefLabel } from '../../../format/entityRefLabel';

/** A filter by any of several values, entity refs or plain words. */
export function ListFilterField(props: {
  id: string;
  label: string;
  values: string[];
  options: string[];
  refs: boolean;
  /** Display names of refs, where the catalog gives them. */
  names?: Record<string, string>;
  onChange: (values: string[]) => void;
}) {
  const label = (v: string) =>
    props.refs ? props.names?.[v] ?? entityRefLabel(v) : v;
  return (
    <Autocomplete
      id={props.id}
      multiple
      freeSolo
      size="small"
      options={props.options}
      value={props.values}
      getOptionLabel={label}
      renderOption={option =>
        props.refs && props.names?.[option] ? (
          <div>
            <div>{label(option)}</div>
            <Typography variant="caption" color="textSecondary">
              {option}
            </Typography>
          </div>
        ) : (
          label(option)
        )
      }
      onChange={(_e, values) => props.onChange(values as string[])}
      renderInput={params => (
        <TextField {...params} label={props.label} variant="outlined" />
      )}
      style={{ minWidth: 220, marginRight: 12, marginBottom: 12 }}
    />
  );
}
