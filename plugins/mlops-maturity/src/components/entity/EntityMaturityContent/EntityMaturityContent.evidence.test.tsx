import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MlopsMaturityApi } from '../../../api';
import { mixedSignals } from '../../../__testUtils__/evidenceFixtures';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  currentAssessment,
  mixedAnswers,
} from '../../../__testUtils__/maturityFixtures';
import { renderEntityMaturity } from '../../../__testUtils__/renderEntityMaturity';

// Opening the questionnaire takes a while on a busy machine.

const answer = (id: string) => screen.getByTestId(`answer-${id}`);
const status = (id: string) =>
  within(answer(id)).getByTestId('answer-evidence-status');

async function renderTab(
  overrides: Partial<MlopsMaturityApi>,
  canEdit = false,
) {
  const api = fakeMlopsMaturityApi({
    getAssessment: jest.fn(async () => currentAssessment(2, mixedAnswers)),
    ...overrides,
  });
  await renderEntityMaturity({ api, canEdit });
  await screen.findByText('Maturity level');
  return api;
}

describe('EntityMaturityContent: evidence', () => {
  it('marks each answer evidence-backed or self-reported, with the hint where it claims more', async () => {
    await renderTab({
      getEvidence: jest.fn(async () => ({ signals: mixedSignals })),
    });

    // PagerDuty shows L3, the answer is L2: backed, but the mark says what
    // the evidence shows rather than "backed" beside a lower answer.
    await waitFor(() =>
      expect(status('incident-response')).toHaveTextContent(
        'Evidence shows L3: more than answered',
      ),
    );
    expect(status('incident-response')).not.toHaveTextContent('backed');
    expect(answer('incident-response')).toHaveTextContent(
      /Shown by On-call alerts through PagerDuty/,
    );
    expect(
      within(answer('incident-response')).getByRole('link', {
        name: /On-call alerts through PagerDuty/,
      }),
    ).toHaveAttribute('href', 'https://tools.example/incident-response');
    // GitHub Actions shows L1, the answer is L2: the gentle hint.
    expect(status('testing')).toHaveTextContent('Self-reported');
    expect(
      within(answer('testing')).getByTestId('answer-above-evidence'),
    ).toHaveTextContent(
      'Above what evidence shows: CI on GitHub Actions, Opens in a new window shows L1. A hint, not an error',
    );
    // No signal: self-reported, no hint.
    expect(status('rollback')).toHaveTextContent('Self-reported');
    expect(
      within(answer('rollback')).queryByTestId('answer-above-evidence'),
    ).not.toBeInTheDocument();
    // N/A answers and the like get no mark; every answer of mixedAnswers has a level.
    expect(screen.getAllByTestId('answer-evidence-status')).toHaveLength(15);

    // Incident response and alerting (both below their signals) of 15.
    expect(screen.getByTestId('evidence-backed-share')).toHaveTextContent(
      '13% (2 of 15)',
    );
    expect(screen.getByTestId('evidence-higher-level')).toHaveTextContent(
      'Evidence shows a higher level for 2 answers',
    );
  });

  it('names withheld evidence in its own words, with no link, and still counts it', async () => {
    // As the API serves evidence from entities the reader may not read.
    const withheld = (questionId: string, level: 1 | 4) => ({
      questionId,
      level,
      title: 'Backed by a catalog entity you cannot see',
      source: 'catalog',
      observedAt: '2024-05-01T00:00:00Z',
      withheld: true,
    });
    await renderTab({
      getEvidence: jest.fn(async () => ({
        signals: [withheld('rollback', 4), withheld('testing', 1)],
      })),
    });

    await waitFor(() =>
      expect(status('rollback')).toHaveTextContent(
        'Evidence shows L4: more than answered',
      ),
    );
    expect(answer('rollback')).toHaveTextContent(
      'Shown by a catalog entity you cannot see',
    );
    expect(
      within(answer('testing')).getByTestId('answer-above-evidence'),
    ).toHaveTextContent(
      /^Above what evidence shows: a catalog entity you cannot see shows L1\. A hint/,
    );
    for (const id of ['rollback', 'testing']) {
      expect(within(answer(id)).queryByRole('link')).not.toBeInTheDocument();
      expect(answer(id)).not.toHaveTextContent('Backed by');
    }
    expect(screen.getByTestId('evidence-backed-share')).toHaveTextContent(
      '7% (1 of 15)',
    );
  });

  it("counts the owners' own evidence links", async () => {
    const answers = {
      ...mixedAnswers,
      rollback: {
        level: 3 as const,
        evidence: [{ title: 'Canary config', url: 'https://git.example/c' }],
      },
    };
    await renderTab({
      getAssessment: jest.fn(async () => currentAssessment(2, answers)),
    });
    await waitFor(() =>
      expect(status('rollback')).toHaveTextContent('Evidence-backed'),
    );
    expect(answer('rollback')).toHaveTextContent(
      'Backed by its evidence links',
    );
    expect(screen.getByTestId('evidence-backed-share')).toHaveTextContent(
      '7% (1 of 15)',
    );
    expect(
      screen.queryByTestId('evidence-higher-level'),
    ).not.toBeInTheDocument();
  });

  it('shows no marks and no share when there is no evidence at all', async () => {
    const api = await renderTab({});
    await waitFor(() => expect(api.getEvidence).toHaveBeenCalled());
    expect(screen.getByTestId('gated-level')).toBeInTheDocument();
    expect(screen.queryByTestId('answer-evidence')).not.toBeInTheDocument();
    expect(
      screen.queryByTestId('evidence-backed-share'),
    ).not.toBeInTheDocument();
  });

  it('shows the rest of the tab when the evidence cannot be loaded', async () => {
    const api = await renderTab({
      getEvidence: jest.fn(async () => {
        throw new Error('evidence provider down');
      }),
    });
    await waitFor(() => expect(api.getEvidence).toHaveBeenCalled());
    expect(screen.getByTestId('answer-rollback')).toBeInTheDocument();
    expect(
      screen.queryByText(/evidence provider down/),
    ).not.toBeInTheDocument();
    expect(screen.queryByTestId('answer-evidence')).not.toBeInTheDocument();
  });

  it('fetches the evidence once and offers it in the editor', async () => {
    const api = await renderTab(
      { getEvidence: jest.fn(async () => ({ signals: mixedSignals })) },
      true,
    );
    await screen.findAllByTestId('answer-evidence-status');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Update assessment' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getAllByRole('button', { name: /^Accept the suggested/ }),
    ).toHaveLength(2);
    expect(api.getEvidence).toHaveBeenCalledTimes(1);
    expect(api.getEvidence).toHaveBeenCalledWith(
      'component:default/fraud-model',
    );
  });
});
