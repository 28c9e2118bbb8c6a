import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  currentAssessment,
  testModel,
} from '../../../__testUtils__/maturityFixtures';
import { choose } from '../../../__testUtils__/renderAssessmentEditor';
import { renderEntityMaturity } from '../../../__testUtils__/renderEntityMaturity';

// The questionnaire is a large form; see AssessmentEditor.test.tsx.

describe('EntityMaturityContent: after a submission', () => {
  it('says what it changed and how far the next level now is', async () => {
    const before = currentAssessment(3, uniformAnswers(1));
    // Every answer at 2 (the owner raises them all).
    const after = currentAssessment(4, uniformAnswers(2));
    let stored = before;
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => stored),
      submitAssessment: jest.fn(async () => {
        stored = after;
        return after;
      }),
    });
    await renderEntityMaturity({ api, canEdit: true });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Update assessment' }),
    );
    for (const q of testModel.questions) await choose(q.id, /^L2 — /);
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));

    // Level 3 from every answer at 2 takes 0.5: the three People & Process
    // raises (0.1 each) and four of 0.0625, none above Level 3.
    expect(
      await screen.findByText(
        'Assessment submitted: Level 1 → Level 2, score 1.00 → 2.00 (+1.00). Level 3 is 7 answers, 7 level steps away.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(api.getAssessment).toHaveBeenCalledTimes(2));
  });

  it('says so for a first assessment', async () => {
    const after = currentAssessment(1, uniformAnswers(4));
    let stored: typeof after | undefined;
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => stored),
      submitAssessment: jest.fn(async () => {
        stored = after;
        return after;
      }),
    });
    await renderEntityMaturity({ api, canEdit: true });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Start assessment' }),
    );
    for (const q of testModel.questions) await choose(q.id, /^L4 — /);
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(
      await screen.findByText(
        'Assessment submitted: Level 4, score 4.00. Level 4 is the top level.',
        undefined,
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
  }, 20_000);
});
