import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMlopsMaturityApi } from '../../__testUtils__/fakeMlopsMaturityApi';
import { renderReviews } from '../../__testUtils__/renderReviews';
import { testModel } from '../../__testUtils__/maturityFixtures';
import { responseError } from '../../__testUtils__/responseError';
import { exemptionItem, reviewItem } from '../../__testUtils__/reviewFixtures';

describe('ReviewsContent', () => {
  it('lists each request as the queue orders it, with what a reviewer needs to decide it', async () => {
    const api = fakeMlopsMaturityApi({
      getReviewQueue: jest.fn(async () => ({
        items: [reviewItem(), exemptionItem({ previousAnswer: null })],
      })),
    });
    await renderReviews(api);

    const [claim, exemption] = await screen.findAllByTestId('review-item');
    expect(within(claim).getByRole('heading')).toHaveTextContent(
      'Fraud model · Model registry',
    );
    expect(
      within(claim).getByRole('link', { name: 'Fraud model' }),
    ).toHaveAttribute('href', '/catalog/default/component/fraud-model');
    expect(claim).toHaveTextContent('Claims Level 3');
    expect(claim).toHaveTextContent(
      'Note: Every model is registered by the pipeline.',
    );
    expect(
      within(claim).getByRole('link', { name: /Registry/ }),
    ).toHaveAttribute('href', 'https://mlflow.example/models');
    expect(
      within(claim).getByTestId('review-previous-answer'),
    ).toHaveTextContent('Revision before: Level 2');
    expect(within(claim).getByTestId('review-requested')).toHaveTextContent(
      /Asked by ada .*, in revision 4 · Owner: team-fraud/,
    );

    expect(exemption).toHaveTextContent(
      'Claims not applicable: No features of its own.',
    );
    expect(exemption).toHaveTextContent('No evidence links.');
    expect(
      within(exemption).getByTestId('review-previous-answer'),
    ).toHaveTextContent('Revision before: not answered');
    expect(api.getReviewQueue).toHaveBeenCalledWith({
      owner: undefined,
      limit: 20,
      cursor: undefined,
    });
  });

  it('says what the claimed level means in the active model', async () => {
    const api = fakeMlopsMaturityApi({
      getReviewQueue: jest.fn(async () => ({
        items: [reviewItem({ questionId: testModel.questions[4].id })],
      })),
    });
    await renderReviews(api);
    expect(await screen.findByTestId('review-descriptor')).toHaveTextContent(
      testModel.questions[4].descriptors[3],
    );
  });

  it('names a question the active model no longer asks by its id', async () => {
    const api = fakeMlopsMaturityApi({
      getReviewQueue: jest.fn(async () => ({
        items: [reviewItem({ questionTitle: null, questionId: 'old-q' })],
      })),
    });
    await renderReviews(api);
    expect(await screen.findByTestId('review-item')).toHaveTextContent(
      'A question the active model no longer asks (old-q)',
    );
  });

  it('says when nothing awaits review', async () => {
    await renderReviews(fakeMlopsMaturityApi());
    expect(await screen.findByTestId('reviews-empty')).toHaveTextContent(
      'Nothing awaits your review.',
    );
    expect(
      screen.queryByRole('button', { name: 'Next page' }),
    ).not.toBeInTheDocument();
  });

  it('filters by team and pages with the cursor, a new filter from the first page', async () => {
    const getReviewQueue = jest.fn(async (query: any = {}) =>
      query.cursor
        ? { items: [reviewItem({ questionTitle: 'Second page' })] }
        : { items: [reviewItem()], nextCursor: 'page-2' },
    );
    await renderReviews(fakeMlopsMaturityApi({ getReviewQueue }));
    await screen.findByText(/Model registry/);

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText(/Second page/)).toBeInTheDocument();
    expect(getReviewQueue).toHaveBeenLastCalledWith(
      expect.objectContaining({ cursor: 'page-2' }),
    );
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Previous page' }),
    );
    expect(await screen.findByText(/Model registry/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText(/Second page/);
    await userEvent.click(screen.getByLabelText('Team'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'team-search' }),
    );
    await waitFor(() =>
      expect(getReviewQueue).toHaveBeenLastCalledWith({
        owner: ['group:default/team-search'],
        limit: 20,
        cursor: undefined,
      }),
    );
  });

  it('shows a queue that cannot be read, with a retry', async () => {
    const getReviewQueue = jest
      .fn()
      .mockRejectedValueOnce(
        await responseError(400, 'InputError', 'owner: not an entity ref'),
      )
      .mockResolvedValue({ items: [] });
    await renderReviews(fakeMlopsMaturityApi({ getReviewQueue }));
    expect(await screen.findByTestId('load-error')).toHaveTextContent(
      'owner: not an entity ref',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('reviews-empty')).toBeInTheDocument();
  });
});
