import {
  MaturityTarget,
  evidenceBacking,
  nextBestActions,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mixedSignals } from '../../../__testUtils__/evidenceFixtures';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  currentAssessment,
  mixedAnswers,
  revision,
  testModel,
} from '../../../__testUtils__/maturityFixtures';
import { renderEntityMaturityCard } from '../../../__testUtils__/renderEntityMaturityCard';
import { responseError } from '../../../__testUtils__/responseError';
import { formatScore } from '../../../format/formatScore';
import { questionTitle } from '../../../format/modelNames';

const TAB = '/catalog/default/component/fraud-model/maturity';

/** A week of the service's series; `level` null when it was not assessed. */
const weekPoint = (date: string, level: number | null) => ({
  date,
  asOf: date,
  level,
  score: level,
  gatedLevel: level,
  evidenceShare: null,
  targetLevel: null,
  atTarget: null,
  stale: false,
});

describe('EntityMaturityCard', () => {
  it('shows the level, the gated level, the target, the plan’s first action, the evidence share and the scores over time', async () => {
    const current = currentAssessment(3, mixedAnswers);
    expect(current.result.gatedLevel).not.toBe(current.result.level);
    const older = revision(2, uniformAnswers(1));
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => current),
      getTarget: jest.fn(
        async (): Promise<MaturityTarget> => ({
          level: 4,
          title: 'Risk services',
        }),
      ),
      getEvidence: jest.fn(async () => ({ signals: mixedSignals })),
      getServiceTrend: jest.fn(async (entityRef, range = {}) => ({
        entityRef: String(entityRef),
        from: range.from!,
        to: '2026-12-07',
        interval: 'week' as const,
        points: [
          { ...weekPoint('2026-11-23', 1), score: older.result.score },
          weekPoint('2026-11-30', null),
          {
            ...weekPoint('2026-12-07', 3),
            score: current.result.score,
          },
        ],
      })),
    });
    await renderEntityMaturityCard({ api, canEdit: false });

    const level = await screen.findByTestId('card-level');
    expect(
      within(level).getByLabelText(`Level 2: ${testModel.levels[2].name}`),
    ).toBeInTheDocument();
    expect(screen.getByTestId('card-score')).toHaveTextContent(
      `${formatScore(current.result.score)} / 4`,
    );
    expect(
      within(screen.getByTestId('card-gated-level')).getByLabelText(
        new RegExp(`^Level ${current.result.gatedLevel}`),
      ),
    ).toBeInTheDocument();
    const target = screen.getByTestId('card-target');
    expect(target).toHaveTextContent('Not met');
    expect(target).toHaveTextContent('Risk services');

    // The target is above the level: the plan aims at it, not at the next
    // level, as the tab's target card does.
    const plan = nextBestActions(testModel, current.result, 4)!;
    const first = plan.raises[0];
    const action = screen.getByTestId('card-next-action');
    expect(action).toHaveTextContent(
      `Raise “${questionTitle(testModel, first.questionId)}”`,
    );
    expect(action).toHaveTextContent(`from L${first.from} to L${first.to}`);
    expect(action).toHaveTextContent(
      `The first of ${plan.answerCount} answers, ${plan.raiseCount} level steps that reach Level 4.`,
    );

    const backing = evidenceBacking(testModel, mixedAnswers, mixedSignals);
    expect(screen.getByTestId('card-evidence')).toHaveTextContent(
      `(${backing.backedCount} of ${backing.answeredCount})`,
    );
    expect(
      await screen.findByRole('img', {
        name: `Score from ${formatScore(
          older.result.score,
        )} on 2026-11-23 to ${formatScore(current.result.score)} on 2026-12-07`,
      }),
    ).toBeInTheDocument();
    // Thirteen weeks, week by week, from the service's daily snapshots.
    expect(api.getServiceTrend).toHaveBeenCalledWith(
      'component:default/fraud-model',
      { from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), interval: 'week' },
    );
    expect(
      screen.getByRole('link', { name: 'Open the Maturity tab' }),
    ).toHaveAttribute('href', TAB);
  });

  it('aims at the next level once the target is met, and hides a gated level equal to the level', async () => {
    const current = currentAssessment(1, uniformAnswers(2));
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => current),
      getTarget: jest.fn(
        async (): Promise<MaturityTarget> => ({ level: 2, title: null }),
      ),
    });
    await renderEntityMaturityCard({ api, canEdit: false });
    expect(await screen.findByTestId('card-target')).toHaveTextContent('Met');
    expect(screen.queryByTestId('card-gated-level')).not.toBeInTheDocument();
    const plan = nextBestActions(testModel, current.result, 3)!;
    expect(screen.getByTestId('card-next-action')).toHaveTextContent(
      `The first of ${plan.answerCount} answers, ${plan.raiseCount} level steps that reach Level 3.`,
    );
    // No evidence providers: no share rather than "0%".
    expect(screen.queryByTestId('card-evidence')).not.toBeInTheDocument();
  });

  it('invites an owner to assess a service not assessed yet', async () => {
    const api = fakeMlopsMaturityApi();
    await renderEntityMaturityCard({ api, canEdit: true });
    expect(await screen.findByTestId('card-not-assessed')).toHaveTextContent(
      `Not assessed yet: ${testModel.questions.length} questions`,
    );
    expect(
      // core-components' LinkButton: a link with the role of a button.
      await screen.findByRole('button', { name: 'Assess this service' }),
    ).toHaveAttribute('href', TAB);
    expect(api.getServiceTrend).not.toHaveBeenCalled();
  });

  it('tells a reader a service is not assessed, without the call to action', async () => {
    const api = fakeMlopsMaturityApi({
      getTarget: jest.fn(
        async (): Promise<MaturityTarget> => ({ level: 2, title: null }),
      ),
    });
    await renderEntityMaturityCard({ api, canEdit: false });
    expect(await screen.findByTestId('card-not-assessed')).toHaveTextContent(
      /^Not assessed yet\.$/,
    );
    expect(screen.getByTestId('card-target')).not.toHaveTextContent('Met');
    expect(
      screen.queryByRole('button', { name: 'Assess this service' }),
    ).not.toBeInTheDocument();
  });

  it('shows the server’s message and retries', async () => {
    const failure = await responseError(
      503,
      'ServiceUnavailableError',
      'Database is restarting',
    );
    const getAssessment = jest
      .fn()
      .mockRejectedValueOnce(failure)
      .mockResolvedValue(currentAssessment(1, uniformAnswers(2)));
    const api = fakeMlopsMaturityApi({ getAssessment });
    await renderEntityMaturityCard({ api, canEdit: false });
    const error = await screen.findByTestId('load-error');
    expect(error).toHaveTextContent('Database is restarting');
    await userEvent.click(within(error).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('card-level')).toBeInTheDocument();
  });
});
