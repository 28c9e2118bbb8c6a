import { defaultMaturityModel } from './defaultModel';
import { validateMaturityModel } from './validateMaturityModel';

const [oneStep] = defaultMaturityModel.roadmaps;

/** The issues of the built-in model with some of its content replaced. */
const issuesWith = (change: Record<string, unknown>) =>
  validateMaturityModel({ ...defaultMaturityModel, ...change });

describe('validateMaturityModel: roadmaps', () => {
  it('accepts a roadmap over several levels beside the one-step one', () => {
    expect(validateMaturityModel(defaultMaturityModel)).toEqual([]);
    expect(issuesWith({ roadmaps: [oneStep, { ...oneStep, to: 4 }] })).toEqual(
      [],
    );
  });

  it.each([
    [0, 0, 'model.roadmaps[0].to must be a higher level than from (0), got 0'],
    [3, 1, 'model.roadmaps[0].to must be a higher level than from (3), got 1'],
    [4, 4, 'model.roadmaps[0].from must be a level 0-3, got 4'],
    [0, 5, 'model.roadmaps[0].to must be a level 1-4, got 5'],
    ['1', 2, 'model.roadmaps[0].from must be a level 0-3, got "1"'],
    [0.5, 2, 'model.roadmaps[0].from must be a level 0-3, got 0.5'],
  ])('rejects a roadmap from %p to %p', (from, to, message) => {
    expect(issuesWith({ roadmaps: [{ ...oneStep, from, to }] })).toEqual([
      message,
    ]);
  });

  it('rejects two roadmaps between the same levels, naming both', () => {
    const roadmaps = [
      ...defaultMaturityModel.roadmaps,
      { ...oneStep, from: 0, to: 3, name: 'Another fast track' },
    ];
    expect(issuesWith({ roadmaps })).toEqual([
      'model.roadmaps: more than one roadmap goes from Level 0 to Level 3 (model.roadmaps[4], model.roadmaps[5])',
    ]);
  });

  it('names the initiative field that is not a non-empty string', () => {
    const phase = oneStep.phases[0];
    const roadmaps = [
      {
        ...oneStep,
        duration: '',
        phases: [
          {
            ...phase,
            initiatives: [
              { ...phase.initiatives[0], tools: 3 },
              { ...phase.initiatives[1], timeframe: ' ' },
            ],
          },
        ],
      },
    ];
    expect(issuesWith({ roadmaps })).toEqual([
      'model.roadmaps[0].duration must be a non-empty string, got ""',
      'model.roadmaps[0].phases[0].initiatives[0].tools must be a non-empty string, got 3',
      'model.roadmaps[0].phases[0].initiatives[1].timeframe must be a non-empty string, got " "',
    ]);
  });
});

describe('validateMaturityModel: level details and sources', () => {
  const levels = defaultMaturityModel.levels;

  it('names the pain point, remaining pain point or improvement field at fault', () => {
    const changed = [
      {
        ...levels[0],
        painPoints: [{ problem: 'Silos', impact: 'Key person risk' }],
        improvementsOverPrevious: [],
      },
      { ...levels[1], remainingPainPoints: 'Manual training' },
      {
        ...levels[2],
        remainingPainPoints: ['No A/B testing', ''],
        improvementsOverPrevious: [{ aspect: 'Deployment', thisLevel: 'CI' }],
      },
      ...levels.slice(3),
    ];
    expect(issuesWith({ levels: changed })).toEqual([
      'model.levels[0].painPoints[0].example must be a non-empty string, got undefined',
      'model.levels[0].improvementsOverPrevious must be left out: Level 0 has no previous level',
      'model.levels[1].remainingPainPoints must be a list',
      'model.levels[2].remainingPainPoints[1] must be a non-empty string, got ""',
      'model.levels[2].improvementsOverPrevious[0].previousLevel must be a non-empty string, got undefined',
    ]);
  });

  it('accepts levels without the optional details', () => {
    const plain = levels.map(
      ({
        painPoints,
        remainingPainPoints,
        improvementsOverPrevious,
        ...rest
      }) => rest,
    );
    expect(issuesWith({ levels: plain, sources: undefined })).toEqual([]);
  });

  it('requires a title and an http(s) URL of every source', () => {
    expect(
      issuesWith({
        sources: [
          { title: 'Ours', url: 'https://wiki.acme.test/mlops', note: 'Ours' },
          { title: '', url: 'ftp://acme.test/model.pdf' },
          { title: 'No URL', note: 7 },
        ],
      }),
    ).toEqual([
      'model.sources[1].title must be a non-empty string, got ""',
      'model.sources[1].url must be an http or https URL, got "ftp://acme.test/model.pdf"',
      'model.sources[2].url must be an http or https URL, got undefined',
      'model.sources[2].note must be a non-empty string, got 7',
    ]);
  });
});
