import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import HelpOutlineIcon from '@material-ui/icons/HelpOutline';
import { useState } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LevelGuide } from './LevelGuide';

const TITLE_ID = 'mlops-maturity-level-guide-title';

/**
 * A button that opens {@link LevelGuide} in a dialog; disabled until the
 * model has loaded.
 */
export function LevelGuideButton(props: { model?: MaturityModel }) {
  const { model } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<HelpOutlineIcon />}
        disabled={!model}
        onClick={() => setOpen(true)}
        style={{ marginRight: 8 }}
      >
        {t('levelGuideButton.label')}
      </Button>
      {model && (
        <Dialog
          open={open}
          onClose={() => setOpen(false)}
          maxWidth="lg"
          fullWidth
          scroll="paper"
          aria-labelledby={TITLE_ID}
        >
          <DialogTitle id={TITLE_ID}>{t('levelGuideButton.title')}</DialogTitle>
          <DialogContent dividers>
            <LevelGuide model={model} />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)} color="primary">
              {t('levelGuideButton.close')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
