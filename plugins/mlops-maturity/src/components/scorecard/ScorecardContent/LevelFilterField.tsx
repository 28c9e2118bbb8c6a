import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MATURITY_LEVELS,
  MaturityLevelNumber,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { levelName } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';

/**
 * The level filter: any of the maturity levels, named by the model. The
 * verified level's filter is the same field with its own id and label.
 */
export function LevelFilterField(props: {
  levels: MaturityLevelNumber[] | undefined;
  model?: MaturityModel;
  id?: string;
  label?: string;
  minWidth?: number;
  onChange: (levels: MaturityLevelNumber[] | undefined) => void;
}) {
  const { model } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Autocomplete
      id={props.id ?? 'scorecard-filter-level'}
      multiple
      size="small"
      options={[...MATURITY_LEVELS]}
      value={props.levels ?? []}
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
        props.onChange(
          levels.length > 0 ? (levels as MaturityLevelNumber[]) : undefined,
        )
      }
      renderInput={params => (
        <TextField
          {...params}
          label={props.label ?? t('scorecardFilters.level')}
          variant="outlined"
        />
      )}
      style={{
        minWidth: props.minWidth ?? 200,
        marginRight: 12,
        marginBottom: 12,
      }}
    />
  );
}
