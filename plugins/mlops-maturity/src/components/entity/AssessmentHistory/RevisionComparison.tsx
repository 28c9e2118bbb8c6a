import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AssessmentHistoryEntry,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { mlopsMaturityApiRef } from '../../../api';
import { useModelResolver } from '../../../hooks/useModelResolver';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CompactTable } from '../../shared/CompactTable';
import { AnswerChange, diffRevisionAnswers } from './diffAnswers';
import { LoadError } from '../../shared/LoadError';

function RevisionSelect(props: {
  label: string;
  value: number;
  history: AssessmentHistoryEntry[];
  onChange: (revision: number) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <TextField
      select
      label={props.label}
      value={props.value}
      onChange={e => props.onChange(Number(e.target.value))}
      variant="outlined"
      size="small"
      style={{ minWidth: 160, marginRight: 16 }}
    >
      {props.history.map(entry => (
        <MenuItem key={entry.revision} value={entry.revision}>
          {t('revisionComparison.revisionOption', {
            revision: String(entry.revision),
          })}
        </MenuItem>
      ))}
    </TextField>
  );
}

function ChangesTable(props: { changes: AnswerChange[] }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (props.changes.length === 0) {
    return <Typography>{t('revisionComparison.noChanges')}</Typography>;
  }
  return (
    <CompactTable<AnswerChange>
      ariaLabel={t('revisionComparison.ariaLabel')}
      rows={props.changes}
      rowKey={change => change.questionId}
      rowTestId="changed-answer"
      columns={[
        { title: t('revisionComparison.question'), value: c => c.title },
        {
          title: t('revisionComparison.dimension'),
          value: c => c.dimensionName,
        },
        { title: t('revisionComparison.before'), value: c => c.before },
        { title: t('revisionComparison.after'), value: c => c.after },
        {
          title: t('revisionComparison.changed'),
          value: c =>
            c.aspects
              .map(aspect => t(`revisionComparison.aspects.${aspect}`))
              .join(', '),
        },
      ]}
    />
  );
}

/** Pick two revisions and see which answers changed between them. */
export function RevisionComparison(props: {
  entityRef: string;
  history: AssessmentHistoryEntry[];
  activeModel?: MaturityModel;
}) {
  const { entityRef, history, activeModel } = props;
  const api = useApi(mlopsMaturityApiRef);
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const resolveModel = useModelResolver(activeModel);
  const [from, setFrom] = useState(history[1]?.revision ?? history[0].revision);
  const [to, setTo] = useState(history[0].revision);

  const [comparison, compare] = useAsyncFn(async () => {
    const [older, newer] = await Promise.all([
      api.getRevision(entityRef, Math.min(from, to)),
      api.getRevision(entityRef, Math.max(from, to)),
    ]);
    const [olderModel, newerModel] = await Promise.all([
      resolveModel(older.modelId, older.modelVersion),
      resolveModel(newer.modelId, newer.modelVersion),
    ]);
    return {
      from: older.revision,
      to: newer.revision,
      changes: diffRevisionAnswers(
        { answers: older.answers, model: olderModel },
        { answers: newer.answers, model: newerModel },
        t,
      ),
    };
  }, [api, entityRef, from, to, resolveModel, t]);

  return (
    <Box>
      <Typography variant="h6" gutterBottom>
        {t('revisionComparison.title')}
      </Typography>
      <Box display="flex" alignItems="center" flexWrap="wrap" mb={2}>
        <RevisionSelect
          label={t('revisionComparison.from')}
          value={from}
          history={history}
          onChange={setFrom}
        />
        <RevisionSelect
          label={t('revisionComparison.to')}
          value={to}
          history={history}
          onChange={setTo}
        />
        <Button
          variant="outlined"
          color="primary"
          onClick={() => compare()}
          disabled={from === to || comparison.loading}
        >
          {t('revisionComparison.compare')}
        </Button>
      </Box>
      {comparison.error && <LoadError error={comparison.error} />}
      {comparison.value && !comparison.loading && (
        <>
          <Typography variant="subtitle2" gutterBottom>
            {t('revisionComparison.heading', {
              from: String(comparison.value.from),
              to: String(comparison.value.to),
            })}
          </Typography>
          <ChangesTable changes={comparison.value.changes} />
        </>
      )}
    </Box>
  );
}
