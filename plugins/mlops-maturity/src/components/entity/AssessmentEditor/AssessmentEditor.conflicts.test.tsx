import {
  AssessmentAnswers,
  AssessmentDraft,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  ENTITY_REF,
  currentAssessment,
  testModel,
} from '../../../__testUtils__/maturityFixtures';
import {
  choose,
  question,
  renderEditor,
} from '../../../__testUtils__/renderAssessmentEditor';
import { responseError } from '../../../__testUtils__/responseError';

const [q1, q2, q3] = testModel.questions;

// The questionnaire is a large form; see AssessmentEditor.test.tsx.

// What a conflict with someone else's submission or draft offers
// (ConflictNotice, DraftConflictNotice, conflictActions).

describe('AssessmentEditor', () => {
  it('on a conflict says who changed it, keeps the typed answers and merges them onto the latest', async () => {
    const base = uniformAnswers(1);
    const theirs: AssessmentAnswers = { ...base, [q2.id]: { level: 3 } };
    const latest = currentAssessment(4, theirs, {
      author: 'user:default/bob',
      createdAt: new Date(Date.now() - 5 * 60 * 1000).toISOString(),
    });
    const api = fakeMlopsMaturityApi({
      submitAssessment: jest
        .fn()
        .mockRejectedValueOnce(
          await responseError(
            409,
            'ConflictError',
            'revision 3 is not the current revision 4',
          ),
        )
        .mockResolvedValueOnce(latest),
      getAssessment: jest.fn(async () => latest),
    });
    const callbacks = await renderEditor({
      api,
      current: currentAssessment(3, base),
    });

    await choose(q1.id, /^L4 — /);
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));

    const alert = await screen.findByText(
      'The assessment changed while you were editing',
    );
    const notice = alert.closest('[role="alert"]') as HTMLElement;
    expect(notice).toHaveTextContent('Revision 4 was submitted by bob');
    expect(notice).toHaveTextContent('5 minutes ago');
    expect(callbacks.onSubmitted).not.toHaveBeenCalled();
    // What was typed is still there.
    expect(
      within(question(q1.id)).getByRole('radio', { name: /^L4 — / }),
    ).toBeChecked();

    await userEvent.click(
      within(notice).getByRole('button', {
        name: 'Merge my changes onto the latest',
      }),
    );
    expect(
      within(question(q1.id)).getByRole('radio', { name: /^L4 — / }),
    ).toBeChecked();
    expect(
      within(question(q2.id)).getByRole('radio', { name: /^L3 — / }),
    ).toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(api.submitAssessment).toHaveBeenCalledTimes(2));
    expect(api.submitAssessment.mock.calls[1][1]).toEqual({
      baseRevision: 4,
      answers: { ...theirs, [q1.id]: { level: 4 } },
    });
  });

  it('flags questions both sides changed when merging', async () => {
    const base = uniformAnswers(1);
    const latest = currentAssessment(4, { ...base, [q1.id]: { level: 2 } });
    const api = fakeMlopsMaturityApi({
      submitAssessment: jest
        .fn()
        .mockRejectedValue(await responseError(409, 'ConflictError', 'stale')),
      getAssessment: jest.fn(async () => latest),
    });
    await renderEditor({ api, current: currentAssessment(3, base) });
    await choose(q1.id, /^L4 — /);
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Merge my changes onto the latest',
      }),
    );
    expect(
      within(question(q1.id)).getByText(
        `Revision 4 also changed this answer, to "L2: ${q1.descriptors[2]}". Your answer was kept.`,
      ),
    ).toBeInTheDocument();
    expect(
      within(question(q1.id)).getByRole('radio', { name: /^L4 — / }),
    ).toBeChecked();
  });

  it('can drop the typed answers and reload the latest after a conflict', async () => {
    const latest = currentAssessment(4, uniformAnswers(3));
    const api = fakeMlopsMaturityApi({
      submitAssessment: jest
        .fn()
        .mockRejectedValue(await responseError(409, 'ConflictError', 'stale')),
      getAssessment: jest.fn(async () => latest),
    });
    await renderEditor({
      api,
      current: currentAssessment(3, uniformAnswers(1)),
    });
    await choose(q1.id, /^L4 — /);
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Reload latest, drop my changes',
      }),
    );
    expect(
      within(question(q1.id)).getByRole('radio', { name: /^L3 — / }),
    ).toBeChecked();
    expect(
      screen.getByText('Loaded revision 4; your changes were dropped.'),
    ).toBeInTheDocument();
  });

  it('on a draft conflict says who saved, keeps the typed answers, and saves over theirs only when asked', async () => {
    const theirs: AssessmentDraft = {
      entityRef: ENTITY_REF,
      modelId: testModel.id,
      modelVersion: testModel.version,
      answers: { [q2.id]: { level: 0 } },
      baseRevision: 3,
      author: 'user:default/bob',
      updatedAt: new Date(Date.now() - 60 * 1000).toISOString(),
      version: 3,
    };
    const mine: AssessmentDraft = {
      ...theirs,
      answers: { [q1.id]: { level: 4 } },
      author: 'user:default/ada',
      version: 2,
    };
    const api = fakeMlopsMaturityApi({
      saveDraft: jest
        .fn()
        .mockRejectedValueOnce(
          await responseError(409, 'ConflictError', 'changed'),
        )
        .mockImplementationOnce(async (_ref, request) => ({
          ...mine,
          ...request,
          version: 4,
        })),
      getDraft: jest.fn(async () => theirs),
    });
    await renderEditor({
      api,
      current: currentAssessment(3, uniformAnswers(1)),
      draft: mine,
    });
    await choose(q3.id, /^L2 — /);
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(
      'The draft changed while you were editing',
    );
    expect(notice).toHaveTextContent('Version 3 of the draft was saved by');
    expect(notice).toHaveTextContent('bob');
    expect(
      within(question(q3.id)).getByRole('radio', { name: /^L2 — / }),
    ).toBeChecked();
    expect(api.saveDraft).toHaveBeenCalledTimes(1);

    await userEvent.click(
      screen.getByRole('button', { name: 'Save mine over it' }),
    );
    await waitFor(() =>
      expect(api.saveDraft).toHaveBeenLastCalledWith(
        ENTITY_REF,
        expect.objectContaining({
          draftVersion: 3,
          answers: expect.objectContaining({ [q3.id]: { level: 2 } }),
        }),
      ),
    );
    expect(await screen.findByText('Draft saved.')).toBeInTheDocument();
    expect(
      screen.queryByText('The draft changed while you were editing'),
    ).not.toBeInTheDocument();
  });
});
