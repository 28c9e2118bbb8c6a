import { Content, Header, Page } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityTranslationRef } from '../../translation';
import { ScorecardContent } from './ScorecardContent';

/**
 * The org-wide MLOps maturity scorecard as a full page (header included), for
 * the legacy frontend system.
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
        <ScorecardContent />
      </Content>
    </Page>
  );
}
