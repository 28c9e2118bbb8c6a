import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntityVerificationResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { fakeMlopsMaturityApi } from '../../__testUtils__/fakeMlopsMaturityApi';
import { renderReviews } from '../../__testUtils__/renderReviews';
import { responseError } from '../../__testUtils__/responseError';
import { exemptionItem, reviewItem } from '../../__testUtils__/reviewFixtures';

const DAY_MS = 24 * 60 * 60 * 1000;
const dateIn = (days: number) =>
  new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

function apiWith(items = [reviewItem()]) {
  return fakeMlopsMaturityApi({
    getReviewQueue: jest.fn(async () => ({ items })),
    decideReview: jest.fn(async (_ref, questionId, request) => ({
      ...reviewItem(),
      questionId,
      status: request.decision,
      decidedRevision: 4,
      decidedBy: 'user:default/grace',
      decidedAt: '2026-12-01T00:00:00Z',
      comment: request.comment ?? null,
      expiresAt: request.expiresAt ?? null,
    })),
  });
}

describe('ReviewsContent decisions', () => {
  it('approves a claimed level in one click on the revision shown, says so and reloads the queue', async () => {
    const api = apiWith();
    const { alertApi } = await renderReviews(api);
    const item = await screen.findByTestId('review-item');
    await userEvent.click(
      within(item).getByRole('button', { name: 'Approve' }),
    );

    expect(api.decideReview).toHaveBeenCalledWith(
      'component:default/fraud-model',
      'model-registry',
      { requestedRevision: 4, decision: 'approved' },
    );
    expect(alertApi.post).toHaveBeenCalledWith({
      message: 'Answer approved: “Model registry” of Fraud model',
      severity: 'success',
      display: 'transient',
    });
    await waitFor(() => expect(api.getReviewQueue).toHaveBeenCalledTimes(2));
  });

  it('rejects only with a comment, asked for in a dialog', async () => {
    const api = apiWith();
    const { alertApi } = await renderReviews(api);
    const item = await screen.findByTestId('review-item');
    await userEvent.click(within(item).getByRole('button', { name: 'Reject' }));

    // Named by its title, its field by its label: what assistive
    // technology (and the end-to-end test) finds them by.
    const dialog = await screen.findByRole('dialog', {
      name: 'Reject “Model registry”?',
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Reject' }),
    );
    expect(dialog).toHaveTextContent('A rejection needs a comment.');
    const comment = within(dialog).getByRole('textbox', { name: /^Comment/ });
    await userEvent.type(comment, '   ');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Reject' }),
    );
    expect(api.decideReview).not.toHaveBeenCalled();

    await userEvent.type(comment, 'Link the registry entry of this model.');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Reject' }),
    );
    expect(api.decideReview).toHaveBeenCalledWith(
      'component:default/fraud-model',
      'model-registry',
      {
        requestedRevision: 4,
        decision: 'rejected',
        comment: 'Link the registry entry of this model.',
      },
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(alertApi.post).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Answer rejected: “Model registry” of Fraud model',
      }),
    );
  });

  it('approves an exemption until a date, by default the policy’s maxDays ahead, never later', async () => {
    const api = apiWith([exemptionItem()]);
    api.getVerification.mockResolvedValue({
      policy: {
        requiredFromLevel: 3,
        exemptionsRequireApproval: true,
        exemptionMaxDays: 90,
      },
    } as EntityVerificationResponse);
    await renderReviews(api);
    const item = await screen.findByTestId('review-item');
    await userEvent.click(
      within(item).getByRole('button', { name: 'Approve' }),
    );

    const dialog = await screen.findByRole('dialog', {
      name: 'Approve the exemption of “Feature store”?',
    });
    const date = within(dialog).getByLabelText(/Expires on/);
    await waitFor(() => expect(date).toHaveValue(dateIn(90)));
    expect(api.getVerification).toHaveBeenCalledWith(
      'component:default/fraud-model',
    );
    expect(dialog).toHaveTextContent(
      `At most 90 days ahead, by ${dateIn(90)}.`,
    );
    const approve = within(dialog).getByRole('button', { name: 'Approve' });

    await userEvent.clear(date);
    await userEvent.type(date, dateIn(91));
    expect(approve).toBeDisabled();
    expect(dialog).toHaveTextContent('A date after today');

    await userEvent.clear(date);
    await userEvent.type(date, dateIn(30));
    await userEvent.click(approve);
    expect(api.decideReview).toHaveBeenCalledWith(
      'component:default/fraud-model',
      'feature-store',
      {
        requestedRevision: 4,
        decision: 'approved',
        expiresAt: `${dateIn(30)}T00:00:00.000Z`,
      },
    );
  });

  it('offers 365 days for an exemption when the policy is not known', async () => {
    const api = apiWith([exemptionItem()]);
    await renderReviews(api);
    const item = await screen.findByTestId('review-item');
    await userEvent.click(
      within(item).getByRole('button', { name: 'Approve' }),
    );
    const dialog = await screen.findByRole('dialog');
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/Expires on/)).toHaveValue(
        dateIn(365),
      ),
    );
  });

  it('tells that the answer changed on a 409, and reloads the queue', async () => {
    const api = apiWith();
    api.decideReview.mockRejectedValue(
      await responseError(409, 'ConflictError', 'revision 4 is not pending'),
    );
    const { alertApi } = await renderReviews(api);
    const item = await screen.findByTestId('review-item');
    await userEvent.click(
      within(item).getByRole('button', { name: 'Approve' }),
    );
    await waitFor(() =>
      expect(alertApi.post).toHaveBeenCalledWith({
        message: expect.stringMatching(
          /^The answer changed: “Model registry” of Fraud model: It was changed, or decided/,
        ),
        severity: 'warning',
        display: 'transient',
      }),
    );
    await waitFor(() => expect(api.getReviewQueue).toHaveBeenCalledTimes(2));
  });

  it('says who may decide when the server refuses (403)', async () => {
    const api = apiWith();
    api.decideReview.mockRejectedValue(
      await responseError(403, 'NotAllowedError', 'Forbidden'),
    );
    const { alertApi } = await renderReviews(api);
    const item = await screen.findByTestId('review-item');
    await userEvent.click(
      within(item).getByRole('button', { name: 'Approve' }),
    );
    await waitFor(() =>
      expect(alertApi.post).toHaveBeenCalledWith(
        expect.objectContaining({
          message:
            'The decision was not saved: You may not review the answers of this service.',
          severity: 'error',
        }),
      ),
    );
    expect(within(item).getByRole('button', { name: 'Approve' })).toBeEnabled();
  });

  it('keeps the dialog open on another failure, with the server’s message', async () => {
    const api = apiWith([exemptionItem()]);
    api.decideReview.mockRejectedValue(
      await responseError(400, 'InputError', 'expiresAt: beyond 365 days'),
    );
    const { alertApi } = await renderReviews(api);
    const item = await screen.findByTestId('review-item');
    await userEvent.click(
      within(item).getByRole('button', { name: 'Approve' }),
    );
    const dialog = await screen.findByRole('dialog');
    const approve = within(dialog).getByRole('button', { name: 'Approve' });
    await waitFor(() => expect(approve).toBeEnabled());
    await userEvent.click(approve);
    await waitFor(() =>
      expect(alertApi.post).toHaveBeenCalledWith({
        message: 'The decision was not saved: expiresAt: beyond 365 days',
        severity: 'error',
        display: 'permanent',
      }),
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(api.getReviewQueue).toHaveBeenCalledTimes(1);
  });
});
