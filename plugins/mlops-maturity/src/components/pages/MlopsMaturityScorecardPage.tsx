import { Content, Header, Page } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityTranslationRef } from '../../translation';
import { ScorecardRoutes } from './ScorecardRoutes';

/**
 * The org-wide MLOps maturity scorecard as a full page (header included), for
 * the legacy frontend system, with the pages of campaigns below it.
 *
 * @public
 */
export function MlopsMaturityScorecardPage() {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Page themeId="tool">
      <Header
        title={t('scorecardPage.title')}
        subtitle={t('scorecardPage.subtitle')}
      />
      <Content>
        <ScorecardRoutes />
      </Content>
    </Page>
  );
}
