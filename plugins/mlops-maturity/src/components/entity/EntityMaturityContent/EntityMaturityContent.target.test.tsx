import {
  MaturityTarget,
  nextBestActions,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { screen, within } from '@testing-library/react';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  currentAssessment,
  mixedAnswers,
  testModel,
} from '../../../__testUtils__/maturityFixtures';
import { renderEntityMaturity } from '../../../__testUtils__/renderEntityMaturity';

async function renderWithTarget(
  target: MaturityTarget | null,
  current = currentAssessment(2, mixedAnswers),
) {
  const api = fakeMlopsMaturityApi({
    getAssessment: jest.fn(async () => current),
    getTarget: jest.fn(async () => target),
  });
  await renderEntityMaturity({ api, canEdit: false });
  await screen.findByText('Maturity level');
  return api;
}

/** The target card, found by its title. */
function targetCard(): HTMLElement {
  return screen.getByText('Maturity target').closest('.MuiCard-root')!;
}

describe('EntityMaturityContent: maturity target', () => {
  it('shows a target the service is below, the gap and the plan that closes it: answers and level steps, none above the target', async () => {
    const current = currentAssessment(2, mixedAnswers);
    expect(current.result.level).toBe(2);
    await renderWithTarget({ level: 3, title: 'Production services' }, current);

    const card = targetCard();
    expect(within(card).getByText('Production services')).toBeInTheDocument();
    expect(
      within(card).getByLabelText(`Level 3: ${testModel.levels[3].name}`),
    ).toBeInTheDocument();
    expect(within(card).getByText('Below target')).toBeInTheDocument();
    expect(within(card).queryByText('Met')).not.toBeInTheDocument();
    expect(within(card).getByTestId('target-description')).toHaveTextContent(
      'This service is at Level 2: 1 level below its target of Level 3.',
    );

    const path = nextBestActions(testModel, current.result, 3)!;
    expect(path.answerCount).toBeGreaterThan(1);
    expect(path.raises.every(raise => raise.to <= 3)).toBe(true);
    expect(
      within(card).getByText(
        `To reach Level 3: ${path.answerCount} answers, ${path.raiseCount} level steps`,
      ),
    ).toBeInTheDocument();
    const rows = within(
      within(card).getByRole('table', {
        name: 'Answers that close the gap to the target',
      }),
    ).getAllByTestId('target-raise');
    expect(rows).toHaveLength(path.raises.length);
    path.raises.forEach((raise, i) => {
      const question = testModel.questions.find(
        q => q.id === raise.questionId,
      )!;
      const [title, , now, next] = Array.from(
        rows[i].querySelectorAll('th, td'),
      );
      expect(title).toHaveTextContent(question.title);
      expect(now).toHaveTextContent(
        `L${raise.from} ${question.descriptors[raise.from]}`,
      );
      expect(next).toHaveTextContent(
        `L${raise.to} ${question.descriptors[raise.to]}`,
      );
    });
  });

  it('counts a gap of more than one level', async () => {
    const current = currentAssessment(1, uniformAnswers(1));
    await renderWithTarget({ level: 3, title: null }, current);
    const card = targetCard();
    expect(
      within(card).getByText(
        'The level the platform team expects of this service',
      ),
    ).toBeInTheDocument();
    expect(within(card).getByTestId('target-description')).toHaveTextContent(
      'This service is at Level 1: 2 levels below its target of Level 3.',
    );
    expect(within(card).getAllByTestId('target-raise').length).toBeGreaterThan(
      0,
    );
  });

  it('says a target the service reaches is met, with nothing to close', async () => {
    await renderWithTarget({ level: 2, title: 'All ML services' });
    const card = targetCard();
    expect(within(card).getByText('Met')).toBeInTheDocument();
    expect(within(card).queryByText('Below target')).not.toBeInTheDocument();
    expect(within(card).getByTestId('target-description')).toHaveTextContent(
      'This service is at Level 2, which meets its target of Level 2.',
    );
    expect(within(card).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows nothing about targets when none applies', async () => {
    const api = await renderWithTarget(null);
    expect(api.getTarget).toHaveBeenCalledWith('component:default/fraud-model');
    expect(screen.queryByText('Maturity target')).not.toBeInTheDocument();
    expect(screen.queryByTestId('target-level')).not.toBeInTheDocument();
  });

  it('says the target applies to a service not assessed yet, and that assessing comes first', async () => {
    const api = fakeMlopsMaturityApi({
      getTarget: jest.fn(async () => ({ level: 2 as const, title: null })),
    });
    await renderEntityMaturity({ api, canEdit: false });
    expect(
      await screen.findByText('No maturity assessment yet'),
    ).toBeInTheDocument();
    const card = targetCard();
    expect(
      within(card).getByLabelText(`Level 2: ${testModel.levels[2].name}`),
    ).toBeInTheDocument();
    expect(within(card).getByTestId('target-description')).toHaveTextContent(
      'A target of Level 2 applies to this service, which is not assessed yet: an assessment is the first step towards it.',
    );
    expect(within(card).queryByText('Met')).not.toBeInTheDocument();
    expect(within(card).queryByText('Below target')).not.toBeInTheDocument();
  });
});
