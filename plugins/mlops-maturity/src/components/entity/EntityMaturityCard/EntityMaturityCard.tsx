import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, LinkButton, Progress } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ResponseError } from '@backstage/errors';
import {
  entityRouteParams,
  entityRouteRef,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { mlopsMaturityAssessmentUpdatePermission } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LoadError } from '../../shared/LoadError';
import { AssessedCardBody } from './AssessedCardBody';
import { CardTarget } from './CardTarget';
import { useEntityMaturityCard } from './useEntityMaturityCard';

/** A 403: the user may read the entity, not its maturity. */
const isNotAllowed = (error: Error) =>
  ResponseError.is(error) && error.statusCode === 403;

/**
 * The maturity of an ML service at a glance, for its Overview tab: level
 * (and gated level when it differs), target and whether it is met, the
 * first of the next best actions, the evidence-backed share and the score
 * over recent revisions, with a link to the Maturity tab. A service not
 * assessed yet invites its owners to assess it. A user who may not read
 * assessments learns only that.
 *
 * @public
 */
export function EntityMaturityCard() {
  const { entity } = useEntity();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const entityRef = stringifyEntityRef(entity);
  const entityRoute = useRouteRef(entityRouteRef);
  const tabLink = `${entityRoute(entityRouteParams(entity))}/maturity`;
  const data = useEntityMaturityCard(entityRef);
  const canEdit = usePermission({
    permission: mlopsMaturityAssessmentUpdatePermission,
    resourceRef: entityRef,
  }).allowed;

  let content: ReactNode;
  let linked = true;
  if (data.loading) {
    content = <Progress />;
  } else if (data.error && isNotAllowed(data.error)) {
    linked = false;
    content = (
      <Typography variant="body2" color="textSecondary">
        {t('entityMaturityCard.notAllowed')}
      </Typography>
    );
  } else if (data.error) {
    content = <LoadError error={data.error} onRetry={() => data.reload()} />;
  } else {
    const { model, current, currentModel, target } = data.value!;
    content = current ? (
      <AssessedCardBody
        current={current}
        model={currentModel}
        target={target}
        evidence={data.evidence}
        points={data.points}
      />
    ) : (
      <>
        <Typography variant="body2" data-testid="card-not-assessed">
          {canEdit
            ? t('entityMaturityCard.notAssessedOwner', {
                questions: String(model.questions.length),
              })
            : t('entityMaturityCard.notAssessed')}
        </Typography>
        {target && <CardTarget model={model} target={target} />}
        {canEdit && (
          <Box mt={2}>
            <LinkButton to={tabLink} variant="contained" color="primary">
              {t('entityMaturityCard.assess')}
            </LinkButton>
          </Box>
        )}
      </>
    );
  }
  return (
    <InfoCard
      title={t('entityMaturityCard.title')}
      deepLink={
        linked
          ? { title: t('entityMaturityCard.openTab'), link: tabLink }
          : undefined
      }
    >
      {content}
    </InfoCard>
  );
}
