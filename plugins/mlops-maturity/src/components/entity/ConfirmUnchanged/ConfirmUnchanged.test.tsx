import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AssessmentAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  ENTITY_REF,
  currentAssessment,
  mixedAnswers,
  testModel,
} from '../../../__testUtils__/maturityFixtures';
import { renderEntityMaturity } from '../../../__testUtils__/renderEntityMaturity';
import { responseError } from '../../../__testUtils__/responseError';

const [naQuestion, notedQuestion] = testModel.questions;

/**
 * mixedAnswers with People & Process's first answer N/A, and a note and an
 * evidence link on its second: P&P averages (3 + 2) / 2 = 2.5, so the score
 * is 0.3 × 2.5 + 0.25 × 2.25 + 0.25 × 2.25 + 0.2 × 1 = 2.075, Level 2.
 */
const answers: AssessmentAnswers = {
  ...mixedAnswers,
  [naQuestion.id]: { notApplicable: true, reason: 'No team of its own.' },
  [notedQuestion.id]: {
    level: 3,
    note: 'Agreed at the retro.',
    evidence: [{ title: 'Runbook', url: 'https://wiki.example/runbook' }],
  },
};

const staleCurrent = currentAssessment(3, answers, {
  stale: true,
  staleAfterDays: 90,
});

/** The API of a service whose stale assessment the owner confirms. */
function apiConfirming() {
  let stored = staleCurrent;
  const confirmed = currentAssessment(4, answers, {
    author: 'user:default/alan',
  });
  const api = fakeMlopsMaturityApi({
    getAssessment: jest.fn(async () => stored),
    submitAssessment: jest.fn(async () => {
      stored = confirmed;
      return confirmed;
    }),
  });
  return api;
}

const confirmButton = () =>
  screen.findByRole('button', { name: 'Confirm unchanged' });

describe('Confirm unchanged', () => {
  it('re-submits the stored answers on the revision shown, says so, and the tab shows the fresh revision', async () => {
    const api = apiConfirming();
    await renderEntityMaturity({ api, canEdit: true });
    expect(
      await screen.findByText(/This assessment is stale/),
    ).toBeInTheDocument();
    await userEvent.click(await confirmButton());

    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      'Submit the same 15 answers again as revision 4, in your name: Level 2, score 2.07, as now.',
    );
    expect(dialog).toHaveTextContent('no longer stale');
    const historyCalls = api.getHistory.mock.calls.length;
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Confirm unchanged' }),
    );

    expect(api.submitAssessment).toHaveBeenCalledTimes(1);
    expect(api.submitAssessment).toHaveBeenCalledWith(ENTITY_REF, {
      baseRevision: 3,
      answers,
    });
    // The N/A reason, the note and the link go back as stored.
    const sent = api.submitAssessment.mock.calls[0][1].answers;
    expect(sent[naQuestion.id]).toEqual({
      notApplicable: true,
      reason: 'No team of its own.',
    });
    expect(sent[notedQuestion.id]).toMatchObject({
      note: 'Agreed at the retro.',
      evidence: [{ title: 'Runbook', url: 'https://wiki.example/runbook' }],
    });
    expect(
      await screen.findByText(
        'Assessment confirmed: Revision 4 holds the same answers: Level 2, score 2.07.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByText(/This assessment is stale/)).toBeNull(),
    );
    expect(screen.getByText('Revision 4')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() =>
      expect(api.getHistory.mock.calls.length).toBeGreaterThan(historyCalls),
    );
  });

  it('is offered to owners of an assessed service only', async () => {
    const reader = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => staleCurrent),
    });
    const { unmount } = await renderEntityMaturity({
      api: reader,
      canEdit: false,
    });
    expect(await screen.findByTestId('read-only-note')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Confirm unchanged' }),
    ).not.toBeInTheDocument();
    unmount();

    await renderEntityMaturity({ api: fakeMlopsMaturityApi(), canEdit: true });
    expect(
      await screen.findByRole('button', { name: 'Start assessment' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Confirm unchanged' }),
    ).not.toBeInTheDocument();
  });

  it("shows the server's message and submits again on Retry", async () => {
    const api = apiConfirming();
    const submit = api.submitAssessment.getMockImplementation()!;
    api.submitAssessment.mockRejectedValueOnce(
      await responseError(
        429,
        'TooManyRequestsError',
        'At most 12 submissions per hour for component:default/fraud-model',
      ),
    );
    await renderEntityMaturity({ api, canEdit: true });
    await userEvent.click(await confirmButton());
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Confirm unchanged' }),
    );
    expect(await within(dialog).findByTestId('load-error')).toHaveTextContent(
      'At most 12 submissions per hour for component:default/fraud-model',
    );
    expect(screen.getByText(/This assessment is stale/)).toBeInTheDocument();

    api.submitAssessment.mockImplementationOnce(submit);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Retry' }),
    );
    expect(
      await screen.findByText(/^Assessment confirmed: Revision 4/),
    ).toBeInTheDocument();
    expect(api.submitAssessment).toHaveBeenCalledTimes(2);
  });

  it('on a conflict says who submitted meanwhile, submits nothing more and shows the latest', async () => {
    const latest = currentAssessment(4, mixedAnswers, {
      author: 'user:default/alan',
      createdAt: '2024-05-02T10:00:00Z',
    });
    let stored = staleCurrent;
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => stored),
      submitAssessment: jest.fn(async () => {
        stored = latest;
        throw await responseError(409, 'ConflictError', 'stale base');
      }),
    });
    await renderEntityMaturity({ api, canEdit: true });
    await userEvent.click(await confirmButton());
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Confirm unchanged' }),
    );
    const notice = await within(dialog).findByRole('alert');
    expect(notice).toHaveTextContent('The assessment changed meanwhile');
    expect(notice).toHaveTextContent('Revision 4 was submitted by alan');
    expect(notice).toHaveTextContent('Nothing was submitted.');
    expect(
      within(dialog).getByRole('button', { name: 'Confirm unchanged' }),
    ).toBeDisabled();
    // The tab behind shows the latest revision, no longer stale.
    await waitFor(() =>
      expect(screen.queryByText(/This assessment is stale/)).toBeNull(),
    );
    expect(api.submitAssessment).toHaveBeenCalledTimes(1);
  });

  it('waits for a draft in progress, and for answers of an older model version', async () => {
    const draft = {
      entityRef: ENTITY_REF,
      modelId: testModel.id,
      modelVersion: testModel.version,
      answers,
      baseRevision: 3,
      author: 'user:default/ada',
      updatedAt: '2024-05-02T10:00:00Z',
      version: 1,
    };
    const withDraft = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => staleCurrent),
      getDraft: jest.fn(async () => draft),
    });
    const { unmount } = await renderEntityMaturity({
      api: withDraft,
      canEdit: true,
    });
    await screen.findByRole('button', { name: 'Continue draft' });
    expect(await confirmButton()).toBeDisabled();
    await userEvent.hover((await confirmButton()).parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'A draft is in progress',
    );
    unmount();

    const pinned = currentAssessment(3, answers, { modelVersion: '0.9.0' });
    const olderModel = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => pinned),
    });
    await renderEntityMaturity({ api: olderModel, canEdit: true });
    expect(await confirmButton()).toBeDisabled();
    await userEvent.hover((await confirmButton()).parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'older version of the model',
    );
  });
});
