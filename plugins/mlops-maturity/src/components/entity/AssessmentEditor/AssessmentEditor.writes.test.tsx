import {
  AssessmentAnswers,
  AssessmentDraft,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import {
  echoingSaveDraft,
  fakeMlopsMaturityApi,
} from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  ENTITY_REF,
  currentAssessment,
  testModel,
} from '../../../__testUtils__/maturityFixtures';
import {
  choose,
  enter,
  question,
  renderEditor,
} from '../../../__testUtils__/renderAssessmentEditor';
import { responseError } from '../../../__testUtils__/responseError';

const [q1, q2, q3] = testModel.questions;

// The questionnaire is a large form; see AssessmentEditor.test.tsx.

// Saving, submitting and discarding (EditorActions, editorWrites), and the
// issues a rejected submission names.

describe('AssessmentEditor', () => {
  it('saves a draft with the answers and the base revision', async () => {
    const api = fakeMlopsMaturityApi({
      saveDraft: echoingSaveDraft(),
    });
    const callbacks = await renderEditor({
      api,
      current: currentAssessment(3, uniformAnswers(1)),
    });
    await choose(q1.id, /^L3 — /);
    await enter(screen.getByLabelText(`${q1.title} note`), 'Shared on-call');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() =>
      expect(api.saveDraft).toHaveBeenCalledWith(ENTITY_REF, {
        draftVersion: null,
        baseRevision: 3,
        answers: {
          ...uniformAnswers(1),
          [q1.id]: { level: 3, note: 'Shared on-call' },
        },
      }),
    );
    expect(await screen.findByText('Draft saved.')).toBeInTheDocument();
    expect(callbacks.onDraftChange).toHaveBeenCalledWith(
      expect.objectContaining({ baseRevision: 3, version: 1 }),
    );
    // The next save replaces the version this one created.
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() =>
      expect(api.saveDraft).toHaveBeenLastCalledWith(
        ENTITY_REF,
        expect.objectContaining({ draftVersion: 1 }),
      ),
    );
  });

  it('submits with the revision the edit started from, and shows what draft remains', async () => {
    const answers = { ...uniformAnswers(1), [q1.id]: { level: 4 as const } };
    const saved = currentAssessment(4, answers);
    const api = fakeMlopsMaturityApi({
      submitAssessment: jest.fn(async () => saved),
    });
    const callbacks = await renderEditor({
      api,
      current: currentAssessment(3, uniformAnswers(1)),
    });
    await choose(q1.id, /^L4 — /);
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));

    await waitFor(() =>
      expect(callbacks.onSubmitted).toHaveBeenCalledWith(saved),
    );
    expect(api.submitAssessment).toHaveBeenCalledWith(ENTITY_REF, {
      baseRevision: 3,
      answers,
    });
    // The server removes the draft with the submission; nothing is deleted
    // from here, which could remove a co-owner's newer draft.
    expect(api.deleteDraft).not.toHaveBeenCalled();
    expect(api.getDraft).toHaveBeenCalledWith(ENTITY_REF);
    expect(callbacks.onDraftChange).toHaveBeenCalledWith(undefined);
  });

  it('submits a draft against the revision the draft started from', async () => {
    const api = fakeMlopsMaturityApi({
      submitAssessment: jest.fn(async () =>
        currentAssessment(3, uniformAnswers(2)),
      ),
    });
    const draft: AssessmentDraft = {
      entityRef: ENTITY_REF,
      modelId: testModel.id,
      modelVersion: testModel.version,
      answers: uniformAnswers(2),
      baseRevision: 2,
      author: 'user:default/ada',
      updatedAt: '2024-05-02T00:00:00Z',
      version: 4,
    };
    await renderEditor({
      api,
      current: currentAssessment(2, uniformAnswers(1)),
      draft,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() =>
      expect(api.submitAssessment).toHaveBeenCalledWith(ENTITY_REF, {
        baseRevision: 2,
        answers: uniformAnswers(2),
        draftVersion: 4,
      }),
    );
  });

  it('blocks an incomplete submit, and sends null as base revision for the first one', async () => {
    const api = fakeMlopsMaturityApi({
      submitAssessment: jest.fn(async () =>
        currentAssessment(1, uniformAnswers(0)),
      ),
    });
    const last = testModel.questions[testModel.questions.length - 1];
    const { [last.id]: _missing, ...allButLast } = uniformAnswers(0);
    const draft: AssessmentDraft = {
      entityRef: ENTITY_REF,
      modelId: testModel.id,
      modelVersion: testModel.version,
      answers: allButLast,
      baseRevision: null,
      author: 'user:default/ada',
      updatedAt: '2024-05-02T00:00:00Z',
      version: 1,
    };
    await renderEditor({ api, draft });
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByLabelText('Problems to fix')).toHaveTextContent(
      '1 problem to fix',
    );
    expect(
      within(question(last.id)).getByText(
        'Answer this question with a level, or mark it not applicable with a reason.',
      ),
    ).toBeInTheDocument();
    expect(api.submitAssessment).not.toHaveBeenCalled();

    await choose(last.id, /^L0 — /);
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() =>
      expect(api.submitAssessment).toHaveBeenCalledWith(ENTITY_REF, {
        baseRevision: null,
        answers: uniformAnswers(0),
        draftVersion: 1,
      }),
    );
  });

  it('shows the issues of a 400 at the fields they name, with a summary', async () => {
    const answers: AssessmentAnswers = {
      ...uniformAnswers(2),
      [q2.id]: {
        level: 2,
        evidence: [
          { title: 'Runbook', url: 'https://intranet.example.com/rb' },
        ],
      },
    };
    const api = fakeMlopsMaturityApi({
      submitAssessment: jest.fn().mockRejectedValue(
        await responseError(400, 'InputError', 'invalid answers', {
          issues: [
            {
              field: `answers.${q1.id}.level`,
              questionId: q1.id,
              message: 'Level 2 needs a note on this question',
            },
            {
              field: `answers.${q2.id}.evidence[0].url`,
              questionId: q2.id,
              message: 'intranet.example.com is not reachable from the catalog',
            },
            { field: 'answers', message: 'the model changed; reload' },
          ],
        }),
      ),
    });
    await renderEditor({ api, current: currentAssessment(3, answers) });
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));

    expect(
      await within(question(q1.id)).findByText(
        'Level 2 needs a note on this question',
      ),
    ).toBeInTheDocument();
    const url = screen.getByLabelText(`${q2.title} evidence 1 URL`);
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(
      within(question(q2.id)).getByText(
        'intranet.example.com is not reachable from the catalog',
      ),
    ).toBeInTheDocument();
    expect(
      within(question(q3.id)).queryByText(/reload/),
    ).not.toBeInTheDocument();
    const summary = screen.getByLabelText('Problems to fix');
    expect(summary).toHaveTextContent('3 problems to fix');
    expect(summary).toHaveTextContent('the model changed; reload');
  });

  it('discards the draft and goes back to the current answers', async () => {
    const draft: AssessmentDraft = {
      entityRef: ENTITY_REF,
      modelId: testModel.id,
      modelVersion: testModel.version,
      answers: { [q1.id]: { level: 4 } },
      baseRevision: 3,
      author: 'user:default/ada',
      updatedAt: '2024-05-02T00:00:00Z',
      version: 2,
    };
    const api = fakeMlopsMaturityApi();
    const callbacks = await renderEditor({
      api,
      current: currentAssessment(3, uniformAnswers(1)),
      draft,
    });
    expect(
      within(question(q1.id)).getByRole('radio', { name: /^L4 — / }),
    ).toBeChecked();
    await userEvent.click(
      screen.getByRole('button', { name: 'Discard draft' }),
    );
    await waitFor(() =>
      expect(api.deleteDraft).toHaveBeenCalledWith(ENTITY_REF, { version: 2 }),
    );
    expect(
      within(question(q1.id)).getByRole('radio', { name: /^L1 — / }),
    ).toBeChecked();
    expect(callbacks.onDraftChange).toHaveBeenCalledWith(undefined);
    expect(
      screen.queryByRole('button', { name: 'Discard draft' }),
    ).not.toBeInTheDocument();
  });
});
