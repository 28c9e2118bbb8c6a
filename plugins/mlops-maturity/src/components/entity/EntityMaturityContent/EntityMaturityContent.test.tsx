import { responseError } from '../../../__testUtils__/responseError';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nextLevelRoadmap } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  currentAssessment,
  mixedAnswers,
  historyEntry,
  revision,
  testModel,
} from '../../../__testUtils__/maturityFixtures';
import { renderEntityMaturity } from '../../../__testUtils__/renderEntityMaturity';

// Opening the editor renders the whole questionnaire: seconds under load.

describe('EntityMaturityContent', () => {
  it('shows the level, score, gated level, weakest dimension and author', async () => {
    const current = currentAssessment(3, mixedAnswers);
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => current),
    });
    await renderEntityMaturity({ api, canEdit: false });

    const { result } = current;
    const levelName = testModel.levels[result.level!].name;
    expect(
      await screen.findByLabelText(`Level ${result.level}: ${levelName}`),
    ).toBeInTheDocument();
    // 2.125 is cut, not rounded, for display.
    expect(result.score).toBe(2.125);
    expect(screen.getByLabelText('Weighted score')).toHaveTextContent(
      '2.12 / 4',
    );
    const gatedName = testModel.levels[result.gatedLevel!].name;
    expect(
      within(screen.getByTestId('gated-level')).getByLabelText(
        `Level ${result.gatedLevel}: ${gatedName}`,
      ),
    ).toBeInTheDocument();
    const weakest = result.dimensions.find(
      d => d.dimensionId === result.weakestDimensionId,
    )!;
    expect(screen.getByTestId('weakest-dimension')).toHaveTextContent(
      weakest.name,
    );
    // In view, not on hover: the gated level is ours and never the level,
    // the lowest dimension a fact and not what to do first.
    expect(screen.getByTestId('gated-level-note')).toHaveTextContent(
      'Our stricter reading, not used by the reference: the highest level every dimension reaches. It never replaces the level.',
    );
    expect(screen.getByTestId('weakest-dimension-note')).toHaveTextContent(
      'The dimension with the lowest average: a fact, not a priority. The roadmap says what to do first.',
    );
    expect(screen.getByText('Lowest dimension')).toBeInTheDocument();
    expect(screen.getByText('ada')).toBeInTheDocument();
    expect(
      screen.queryByText(/This assessment is stale/),
    ).not.toBeInTheDocument();
    expect(api.getAssessment).toHaveBeenCalledWith(
      'component:default/fraud-model',
    );
  });

  it('warns when the assessment is stale', async () => {
    const current = currentAssessment(1, mixedAnswers, {
      stale: true,
      staleAfterDays: 30,
    });
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => current),
    });
    await renderEntityMaturity({ api, canEdit: false });
    expect(
      await screen.findByText(
        /This assessment is stale: it is older than 30 days/,
      ),
    ).toBeInTheDocument();
  });

  it('charts one bar per dimension with its average', async () => {
    const current = currentAssessment(3, mixedAnswers);
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => current),
    });
    await renderEntityMaturity({ api, canEdit: false });

    const bars = await screen.findAllByTestId('dimension-bar');
    expect(bars).toHaveLength(testModel.dimensions.length);
    // People & Process averages 8/3: shown cut, as 2.66.
    expect(
      screen.getByLabelText(/^People & Process: average 2\.66 of 4/),
    ).toBeInTheDocument();
    for (const dimension of current.result.dimensions) {
      expect(
        screen.getByLabelText(
          new RegExp(
            `^${dimension.name}: average ${(
              Math.floor(dimension.average! * 100 + 1e-9) / 100
            ).toFixed(2)} of 4`,
          ),
        ),
      ).toBeInTheDocument();
    }
  });

  it("leads with the roadmap's first phase, keeps its phase order and says how many answers the next level is away", async () => {
    const current = currentAssessment(3, mixedAnswers);
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => current),
    });
    await renderEntityMaturity({ api, canEdit: false });

    // Monitoring averages lowest, but the 2 -> 3 roadmap starts with
    // deployment automation, and so does the tab.
    expect(current.result.level).toBe(2);
    expect(current.result.weakestDimensionId).toBe('monitoring-operations');
    const roadmap = nextLevelRoadmap(testModel, current.result)!;
    expect(
      await screen.findByText(
        new RegExp(`^Roadmap to Level ${roadmap.targetLevel}`),
      ),
    ).toBeInTheDocument();
    const priority = screen.getByTestId('roadmap-priority');
    expect(
      within(priority).getByText(
        'Start with: Deployment Automation (Month 1-4)',
      ),
    ).toBeInTheDocument();
    expect(within(priority).getAllByTestId('roadmap-gap')).toHaveLength(
      roadmap.priority!.questionGaps.length,
    );

    const source = testModel.roadmaps
      .find(r => r.from === 2 && r.to === 3)!
      .phases.flatMap(p => p.initiatives.map(i => i.name));
    const rows = screen.getAllByTestId('roadmap-step');
    expect(rows.map(row => row.querySelector('td')!.textContent)).toEqual(
      source,
    );
    // Every question below the next level is listed (besides those of the
    // first phase above).
    expect(screen.getAllByTestId('roadmap-gap')).toHaveLength(
      roadmap.priority!.questionGaps.length +
        current.result.questions.filter(
          q => q.level !== null && q.level < roadmap.targetLevel,
        ).length,
    );

    // The reference's worked example orders its priorities otherwise: the
    // card says so, and that the tags are ours.
    expect(screen.getByTestId('roadmap-note')).toHaveTextContent(
      'Our note, not the reference: The reference contradicts itself here',
    );
    expect(screen.getByTestId('roadmap-tags-are-ours')).toHaveTextContent(
      'The "Improves" tags are ours',
    );
    const cicd = rows.find(row =>
      row.textContent?.startsWith('CI/CD for models'),
    )!;
    expect(within(cicd).getByTestId('dimension-note')).toHaveTextContent(
      'The questionnaire puts "Fully automated CI/CD" (Level 3 of Deployment Process) under People & Process',
    );

    const path = screen.getByTestId('answers-to-next-level');
    // Answers and level steps are counted apart: the count of answers is
    // the number of questions listed.
    const steps = roadmap.path.raiseCount;
    expect(path).toHaveTextContent(
      new RegExp(
        `^${roadmap.path.raises.length} answers?, ${steps} level steps? from Level 3: raise `,
      ),
    );
    for (const raise of roadmap.path.raises) {
      const title = testModel.questions.find(
        q => q.id === raise.questionId,
      )!.title;
      expect(path).toHaveTextContent(
        `${title} from L${raise.from} to L${raise.to}`,
      );
    }
  });

  it('says so at Level 4 instead of a roadmap', async () => {
    const current = currentAssessment(2, uniformAnswers(4));
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => current),
    });
    await renderEntityMaturity({ api, canEdit: false });
    expect(
      await screen.findByText(
        /This service is at Level 4 \(Full MLOps\), the top of the model/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('roadmap-step')).not.toBeInTheDocument();
    // Every dimension at 4: none is weaker than another.
    expect(screen.getByTestId('weakest-dimension')).toHaveTextContent(
      'None: every dimension has the same average',
    );
  });

  it('shows each answer with its descriptor, the next level, N/A reasons and evidence', async () => {
    const [first, second] = testModel.questions;
    const answers = {
      ...uniformAnswers(2),
      [first.id]: {
        level: 1 as const,
        note: 'Weekly sync with the platform team',
        evidence: [
          { title: 'Team charter', url: 'https://wiki.example.com/charter' },
        ],
      },
      [second.id]: {
        notApplicable: true as const,
        reason: 'Deployed by the vendor',
      },
    };
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => currentAssessment(1, answers)),
    });
    await renderEntityMaturity({ api, canEdit: false });

    const firstAnswer = await screen.findByTestId(`answer-${first.id}`);
    expect(firstAnswer).toHaveTextContent(first.descriptors[1]);
    expect(firstAnswer).toHaveTextContent(`Next (L2): ${first.descriptors[2]}`);
    expect(firstAnswer).toHaveTextContent('Weekly sync with the platform team');
    expect(
      within(firstAnswer).getByText('Team charter').closest('a'),
    ).toHaveAttribute('href', 'https://wiki.example.com/charter');
    expect(screen.getByTestId(`answer-${second.id}`)).toHaveTextContent(
      'Not applicable: Deployed by the vendor',
    );
  });

  it('offers owners to start the first assessment', async () => {
    const api = fakeMlopsMaturityApi();
    await renderEntityMaturity({ api, canEdit: true });
    expect(
      await screen.findByText('No maturity assessment yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Start assessment' }),
    ).toBeInTheDocument();
  });

  it('shows readers the empty state without a call to action', async () => {
    const api = fakeMlopsMaturityApi();
    await renderEntityMaturity({ api, canEdit: false });
    expect(
      await screen.findByText('No maturity assessment yet'),
    ).toBeInTheDocument();
    // The permission decision has arrived once the read-only note shows.
    expect(await screen.findByTestId('read-only-note')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Start assessment' }),
    ).not.toBeInTheDocument();
    expect(api.getDraft).not.toHaveBeenCalled();
  });

  it('is read-only for readers and names the owning team', async () => {
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => currentAssessment(1, mixedAnswers)),
    });
    await renderEntityMaturity({ api, canEdit: false });
    const note = await screen.findByTestId('read-only-note');
    expect(note).toHaveTextContent(
      'Only the owning team, team-fraud, can update it.',
    );
    expect(
      within(note).getByRole('link', { name: 'team-fraud' }),
    ).toHaveAttribute('href', '/catalog/default/group/team-fraud');
    expect(
      screen.queryByRole('button', { name: 'Update assessment' }),
    ).not.toBeInTheDocument();
  });

  it('lets owners update the assessment', async () => {
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => currentAssessment(1, mixedAnswers)),
    });
    await renderEntityMaturity({ api, canEdit: true });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Update assessment' }),
    );
    expect(await screen.findByRole('dialog')).toHaveTextContent(
      'Starting from the current assessment.',
    );
    expect(screen.queryByTestId('read-only-note')).not.toBeInTheDocument();
  });

  it('tells owners about a draft and opens the editor on it', async () => {
    const [first] = testModel.questions;
    const current = currentAssessment(2, mixedAnswers);
    const draft = {
      entityRef: current.entityRef,
      modelId: testModel.id,
      modelVersion: testModel.version,
      answers: { ...mixedAnswers, [first.id]: { level: 4 as const } },
      baseRevision: 2,
      author: 'user:default/ada',
      updatedAt: '2024-05-02T10:00:00Z',
      version: 1,
    };
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => current),
      getDraft: jest.fn(async () => draft),
    });
    await renderEntityMaturity({ api, canEdit: true });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Continue draft' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Continuing your saved draft.');
    const group = within(dialog).getByRole('radiogroup', { name: first.title });
    expect(
      within(group).getByRole('radio', { name: new RegExp(`^L4 — `) }),
    ).toBeChecked();
  });

  it('compares two revisions and lists the answers that changed', async () => {
    const [first, second] = testModel.questions;
    const older = revision(1, uniformAnswers(1), {
      createdAt: '2024-01-10T00:00:00Z',
    });
    const newerAnswers = {
      ...uniformAnswers(1),
      [first.id]: { level: 3 as const },
      [second.id]: { level: 1 as const, note: 'Now documented' },
    };
    const newer = revision(2, newerAnswers, {
      createdAt: '2024-03-10T00:00:00Z',
    });
    const revisions: Record<number, typeof older> = { 1: older, 2: newer };
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => currentAssessment(2, newerAnswers)),
      getHistory: jest.fn(async () => [
        historyEntry(newer),
        historyEntry(older),
      ]),
      getRevision: jest.fn(async (_ref, n: number) => revisions[n]),
    });
    await renderEntityMaturity({ api, canEdit: false });

    expect(await screen.findAllByTestId('revision-row')).toHaveLength(2);
    expect(screen.getAllByTestId('score-point')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));

    const rows = await screen.findAllByTestId('changed-answer');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(first.title);
    expect(rows[0]).toHaveTextContent(`L1: ${first.descriptors[1]}`);
    expect(rows[0]).toHaveTextContent(`L3: ${first.descriptors[3]}`);
    expect(rows[1]).toHaveTextContent(second.title);
    expect(rows[1]).toHaveTextContent('note');
    expect(api.getRevision).toHaveBeenCalledWith(
      'component:default/fraud-model',
      1,
    );
    expect(api.getRevision).toHaveBeenCalledWith(
      'component:default/fraud-model',
      2,
    );
  });

  it("shows a loading error with the server's message, and loads again on Retry", async () => {
    const unavailable = await responseError(
      503,
      'ServiceUnavailableError',
      'The maturity database is being upgraded',
    );
    let failing = true;
    const api = fakeMlopsMaturityApi({
      getModel: jest.fn(async () => {
        if (failing) throw unavailable;
        return testModel;
      }),
      getAssessment: jest.fn(async () => currentAssessment(2, mixedAnswers)),
    });
    await renderEntityMaturity({ api, canEdit: false });
    const panel = await screen.findByTestId('load-error');
    expect(panel).toHaveTextContent('Could not load this: 503');
    expect(panel).toHaveTextContent('The maturity database is being upgraded');
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Maturity level')).toBeInTheDocument();
  });

  it('renders an old revision with the model version it was answered against', async () => {
    const pinned = {
      ...testModel,
      version: '0.9.0',
      questions: testModel.questions.map(q => ({
        ...q,
        descriptors: q.descriptors.map(d => `(v0.9) ${d}`),
      })),
    };
    const [first] = testModel.questions;
    const current = {
      ...currentAssessment(1, mixedAnswers),
      modelVersion: '0.9.0',
    };
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () => current),
      getModelVersion: jest.fn(async () => pinned),
    });
    await renderEntityMaturity({ api, canEdit: false });
    const answer = await screen.findByTestId(`answer-${first.id}`);
    expect(answer).toHaveTextContent('(v0.9)');
    expect(api.getModelVersion).toHaveBeenCalledWith(testModel.id, '0.9.0');
    await waitFor(() =>
      expect(
        screen.getByText(`The active model is ${testModel.version}`, {
          exact: false,
        }),
      ).toBeInTheDocument(),
    );
  });
});
