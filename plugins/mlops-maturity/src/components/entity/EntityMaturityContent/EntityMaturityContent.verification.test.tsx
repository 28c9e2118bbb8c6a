import { act, screen, waitFor, within } from '@testing-library/react';
import {
  EntityVerificationResponse,
  EvidenceSignal,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  ENTITY_REF,
  currentAssessment,
} from '../../../__testUtils__/maturityFixtures';
import { renderEntityMaturity } from '../../../__testUtils__/renderEntityMaturity';
import {
  claimedAnswers,
  verificationOf,
} from '../../../__testUtils__/verificationFixtures';

const current = currentAssessment(3, claimedAnswers);

async function renderWith(
  verification: EntityVerificationResponse | undefined,
  signals: EvidenceSignal[] = [],
) {
  const api = fakeMlopsMaturityApi({
    getAssessment: jest.fn(async () => current),
    getVerification: jest.fn(async () => verification),
    getEvidence: jest.fn(async () => ({ signals })),
  });
  await renderEntityMaturity({ api, canEdit: false });
  await screen.findByTestId('answer-testing');
  return api;
}

describe('EntityMaturityContent: the verified level', () => {
  it('shows the claimed and the verified level side by side, with what separates them', async () => {
    const api = await renderWith(verificationOf(current));
    expect(
      await screen.findByTestId('verified-level-summary'),
    ).toHaveTextContent('Claimed Level 3 · Verified Level 2');
    const gaps = within(screen.getByTestId('verification-gaps'))
      .getAllByRole('listitem')
      .map(item => item.textContent);
    expect(gaps).toEqual([
      '3 answers at Level 3 await review',
      '1 exemption awaits approval',
      '1 exemption expired',
    ]);
    expect(api.getVerification).toHaveBeenCalledWith(ENTITY_REF);
    // Only a reviewer is sent to the Reviews page.
    expect(
      screen.queryByRole('link', {
        name: 'Review answers on the Reviews page',
      }),
    ).not.toBeInTheDocument();
  });

  it('flags each answer: approved, rejected with the comment, awaiting review, exemptions pending or expired', async () => {
    await renderWith(verificationOf(current));
    const flags = (questionId: string) =>
      screen.getByTestId(`answer-verification-${questionId}`);
    expect(await screen.findByTestId('verified-level')).toBeInTheDocument();

    expect(flags('team-collaboration')).toHaveTextContent(/^Approved by grace/);
    expect(flags('deployment-process')).toHaveTextContent(
      /^Rejected by grace .*“Link the on-call rota.”$/,
    );
    expect(flags('experiment-tracking')).toHaveTextContent('Awaits review');
    expect(flags('model-monitoring')).toHaveTextContent(
      'Exemption pending approval',
    );
    expect(flags('alerting')).toHaveTextContent(
      'Exemption expired on 2026-11-01',
    );
    // An evidence-backed answer needs nothing.
    expect(
      screen.queryByTestId('answer-verification-testing'),
    ).not.toBeInTheDocument();
  });

  it('marks an approved answer without evidence "Reviewed", not "Self-reported"', async () => {
    // One signal, on another question, so that the tab shows evidence marks.
    await renderWith(verificationOf(current), [
      {
        questionId: 'testing',
        level: 3,
        title: 'CI on GitHub Actions',
        source: 'catalog',
        observedAt: '2026-12-01T00:00:00Z',
      },
    ]);
    const status = (questionId: string) =>
      within(screen.getByTestId(`answer-${questionId}`)).getByTestId(
        'answer-evidence-status',
      );
    await waitFor(() =>
      expect(status('team-collaboration')).toHaveTextContent('Reviewed'),
    );
    expect(
      screen.getByTestId('answer-verification-team-collaboration'),
    ).toHaveTextContent(/^Approved by grace/);
    expect(status('deployment-process')).toHaveTextContent('Self-reported');
    expect(status('testing')).toHaveTextContent('Evidence-backed');
  });

  it('gives the plan to the next verified level beside the one to the next level', async () => {
    await renderWith(verificationOf(current));
    expect(
      await screen.findByTestId('answers-to-next-verified-level'),
    ).toHaveTextContent(
      /^To verified Level 3, 1 action: have “Deployment Process” reviewed at L3\./,
    );
  });

  it('links a reviewer to the Reviews page', async () => {
    await renderWith(verificationOf(current, undefined, { canReview: true }));
    expect(
      await screen.findByRole('link', {
        name: 'Review answers on the Reviews page',
      }),
    ).toHaveAttribute('href', '/mlops-maturity/reviews');
  });

  it('says when every answer counts as claimed', async () => {
    const all = verificationOf(current);
    await renderWith({
      ...all,
      verifiedLevel: 3,
      gaps: [],
      gapCounts: [],
      reviews: {},
      nextVerifiedLevel: null,
    });
    expect(await screen.findByTestId('verified-level')).toHaveTextContent(
      'Every answer counts as claimed.',
    );
  });

  it.each([
    ['the backend has no verification (404)', undefined],
    [
      'the verification is of another revision',
      verificationOf(currentAssessment(2, claimedAnswers)),
    ],
  ])('shows none of it when %s', async (_case, verification) => {
    const api = await renderWith(verification);
    // Once the verification arrived, the tab still shows none of it.
    await waitFor(() => expect(api.getVerification).toHaveBeenCalled());
    await act(async () => {
      await api.getVerification.mock.results[0].value;
    });
    expect(screen.queryByTestId('verified-level')).not.toBeInTheDocument();
    expect(
      screen.queryByTestId('answer-verification-deployment-process'),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByTestId('answers-to-next-verified-level'),
    ).not.toBeInTheDocument();
  });

  it('never asks for the verification of a service nobody assessed (the backend would answer 404)', async () => {
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => undefined),
      getVerification: jest.fn(async () => undefined),
    });
    await renderEntityMaturity({ api, canEdit: false });
    await waitFor(() => expect(api.getAssessment).toHaveBeenCalled());
    await act(async () => {
      await api.getAssessment.mock.results[0].value;
    });
    expect(screen.queryByTestId('answer-testing')).not.toBeInTheDocument();
    expect(api.getVerification).not.toHaveBeenCalled();
  });
});
