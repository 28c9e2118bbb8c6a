import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  AssessmentAnswers,
  AssessmentDraft,
  CurrentAssessment,
  computeScore,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { MlopsMaturityApi, mlopsMaturityApiRef } from '../../../api';
import {
  echoingSaveDraft,
  fakeMlopsMaturityApi,
} from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  ENTITY_REF,
  currentAssessment,
  testModel,
} from '../../../__testUtils__/maturityFixtures';
import { responseError } from '../../../__testUtils__/responseError';
import { AssessmentEditor } from './AssessmentEditor';

const [q1, q2, q3] = testModel.questions;

// The questionnaire is a large form (15 questions, 90 radios); on a busy CI
// machine its interactions take longer than Jest's default 5 seconds.

/** Types a whole value at once, like a paste, to keep the tests quick. */
async function enter(field: HTMLElement, value: string) {
  await userEvent.click(field);
  await userEvent.paste(value);
}

async function renderEditor(options: {
  api: MlopsMaturityApi;
  current?: CurrentAssessment;
  draft?: AssessmentDraft;
}) {
  const callbacks = {
    onClose: jest.fn(),
    onSubmitted: jest.fn(),
    onDraftChange: jest.fn(),
    onCurrentChange: jest.fn(),
  };
  await renderInTestApp(
    <TestApiProvider apis={[[mlopsMaturityApiRef, options.api]]}>
      <AssessmentEditor
        title="Update assessment"
        entityRef={ENTITY_REF}
        model={testModel}
        current={options.current}
        draft={options.draft}
        {...callbacks}
      />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return callbacks;
}

const question = (id: string) => screen.getByTestId(`question-${id}`);

async function choose(id: string, label: RegExp) {
  const q = testModel.questions.find(x => x.id === id)!;
  const group = within(question(id)).getByRole('radiogroup', { name: q.title });
  await userEvent.click(within(group).getByRole('radio', { name: label }));
}

describe('AssessmentEditor', () => {
  it('shows the five descriptors and N/A for every question of the model', async () => {
    await renderEditor({ api: fakeMlopsMaturityApi() });
    expect(screen.getAllByRole('radiogroup')).toHaveLength(
      testModel.questions.length,
    );
    const radios = within(question(q1.id)).getAllByRole('radio');
    expect(radios.map(r => r.closest('label')?.textContent)).toEqual([
      ...q1.descriptors.map((d, level) => `L${level} — ${d}`),
      'Not applicable (needs a reason)',
    ]);
  });

  it('requires a reason for N/A before submitting or saving', async () => {
    const api = fakeMlopsMaturityApi();
    await renderEditor({
      api,
      current: currentAssessment(3, uniformAnswers(2)),
    });

    await choose(q1.id, /^Not applicable/);
    const reason = within(question(q1.id)).getByLabelText(
      `${q1.title} N/A reason`,
    );
    expect(reason).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(
      within(question(q1.id)).getByText(/reason is required/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Problems to fix')).toHaveTextContent(
      q1.title,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(api.submitAssessment).not.toHaveBeenCalled();
    expect(api.saveDraft).not.toHaveBeenCalled();

    await enter(reason, 'Scored offline by a partner');
    expect(
      within(question(q1.id)).queryByText(/reason is required/),
    ).not.toBeInTheDocument();
  });

  it('rejects an evidence URL that is not http(s) as it is typed', async () => {
    const api = fakeMlopsMaturityApi({
      saveDraft: echoingSaveDraft(),
    });
    await renderEditor({
      api,
      current: currentAssessment(3, uniformAnswers(2)),
    });

    await userEvent.click(
      screen.getByRole('button', { name: `Add evidence link to ${q2.title}` }),
    );
    await enter(
      screen.getByLabelText(`${q2.title} evidence 1 title`),
      'Dashboard',
    );
    const url = screen.getByLabelText(`${q2.title} evidence 1 URL`);
    await enter(url, 'ftp://dash.example.com');
    expect(
      within(question(q2.id)).getByText(/must be an absolute http\(s\) URL/),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(api.saveDraft).not.toHaveBeenCalled();

    await userEvent.clear(url);
    await enter(url, 'https://dash.example.com');
    expect(
      within(question(q2.id)).queryByText(/http\(s\) URL/),
    ).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(api.saveDraft).toHaveBeenCalled());
    expect(api.saveDraft.mock.calls[0][1].answers[q2.id]).toEqual({
      level: 2,
      evidence: [{ title: 'Dashboard', url: 'https://dash.example.com' }],
    });
  });

  it('updates the live preview as answers change', async () => {
    const start = uniformAnswers(1);
    await renderEditor({
      api: fakeMlopsMaturityApi(),
      current: currentAssessment(1, start),
    });
    const before = computeScore(testModel, start);
    expect(screen.getByTestId('preview-score')).toHaveTextContent(
      `${before.score!.toFixed(2)} / 4`,
    );

    await choose(q1.id, /^L4 — /);
    const after = computeScore(testModel, { ...start, [q1.id]: { level: 4 } });
    expect(after.score).not.toBe(before.score);
    expect(screen.getByTestId('preview-score')).toHaveTextContent(
      `${after.score!.toFixed(2)} / 4`,
    );
    expect(screen.getByTestId('preview-weakest')).toHaveTextContent(
      testModel.dimensions.find(d => d.id === after.weakestDimensionId)!.name,
    );
  });

  it('marks the preview provisional until every question is answered', async () => {
    await renderEditor({ api: fakeMlopsMaturityApi() });
    expect(screen.getByText('Provisional')).toBeInTheDocument();
    await choose(q1.id, /^L2 — /);
    expect(screen.getByTestId('preview-answered')).toHaveTextContent(
      `1 of ${testModel.questions.length}`,
    );
    expect(screen.getByTestId('preview-score')).toHaveTextContent('2.00 / 4');
    expect(screen.getByText('Provisional')).toBeInTheDocument();
  });

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
      within(question(last.id)).getByText(/is missing/),
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
