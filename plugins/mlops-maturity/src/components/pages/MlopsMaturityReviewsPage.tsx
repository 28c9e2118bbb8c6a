import { Content, Header, Page } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityTranslationRef } from '../../translation';
import { ReviewsContent } from '../reviews';

/**
 * The Reviews page as a full page (header included), for the legacy
 * frontend system.
 *
 * @public
 */
export function MlopsMaturityReviewsPage() {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Page themeId="tool">
      <Header
        title={t('reviewsPage.title')}
        subtitle={t('reviewsPage.subtitle')}
      />
      <Content>
        <ReviewsContent />
      </Content>
    </Page>
  );
}
