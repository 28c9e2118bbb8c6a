import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ScorecardQuery } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { mlopsMaturityApiRef } from '../../../api';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { saveFile } from '../../shared/saveFile';

/**
 * Downloads the filtered view as CSV. It goes through the fetch API (not a
 * plain link) so the request carries the user's credentials.
 */
export function ExportScorecardButton(props: { query: ScorecardQuery }) {
  const api = useApi(mlopsMaturityApiRef);
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const [state, exportCsv] = useAsyncFn(async () => {
    const { blob, fileName } = await api.exportScorecard(props.query);
    saveFile(blob, fileName);
  }, [api, props.query]);
  return (
    <Box display="flex" alignItems="center">
      {state.error && (
        <Typography color="error" variant="body2" style={{ marginRight: 8 }}>
          {t('exportScorecardButton.failed', {
            message: state.error.message,
          })}
        </Typography>
      )}
      <Button
        variant="outlined"
        color="primary"
        startIcon={<GetAppIcon />}
        onClick={() => exportCsv()}
        disabled={state.loading}
      >
        {t('exportScorecardButton.label')}
      </Button>
    </Box>
  );
}
