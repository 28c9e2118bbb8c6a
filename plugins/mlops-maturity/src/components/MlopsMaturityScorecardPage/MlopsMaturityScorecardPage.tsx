import { Content, Header, Page } from '@backstage/core-components';
import { ScorecardContent } from './ScorecardContent';

/**
 * The org-wide MLOps maturity scorecard as a full page (header included), for
 * the legacy frontend system.
 *
 * @public
 */
export function MlopsMaturityScorecardPage() {
  return (
    <Page themeId="tool">
      <Header
        title="MLOps Maturity"
        subtitle="Every ML service ranked by its MLOps maturity assessment"
      />
      <Content>
        <ScorecardContent />
      </Content>
    </Page>
  );
}
