import { computeScore } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import {
  echoingSaveDraft,
  fakeMlopsMaturityApi,
} from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  currentAssessment,
  testModel,
} from '../../../__testUtils__/maturityFixtures';
import {
  choose,
  enter,
  question,
  renderEditor,
} from '../../../__testUtils__/renderAssessmentEditor';

const [q1, q2] = testModel.questions;

// The questionnaire is a large form (15 questions, 90 radios); on a busy CI
// machine its interactions take longer than Jest's default 5 seconds.

// The questions, their checks as they are answered, and the live preview.
// Saving and submitting: AssessmentEditor.writes.test.tsx; conflicts:
// AssessmentEditor.conflicts.test.tsx; evidence:
// AssessmentEditor.evidence.test.tsx.

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
    // A sentence a person reads, not the API's field path.
    expect(
      within(question(q1.id)).getByText(
        'Give a reason why this question does not apply.',
      ),
    ).toBeInTheDocument();
    expect(question(q1.id)).not.toHaveTextContent(/answers\./);
    expect(screen.getByLabelText('Problems to fix')).toHaveTextContent(
      q1.title,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(api.submitAssessment).not.toHaveBeenCalled();
    expect(api.saveDraft).not.toHaveBeenCalled();

    await enter(reason, 'Scored offline by a partner');
    expect(
      within(question(q1.id)).queryByText(
        'Give a reason why this question does not apply.',
      ),
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
      within(question(q2.id)).getByText(
        'Enter a full web address that starts with http:// or https://.',
      ),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(api.saveDraft).not.toHaveBeenCalled();

    await userEvent.clear(url);
    await enter(url, 'https://dash.example.com');
    expect(
      within(question(q2.id)).queryByText(/full web address/),
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
});
