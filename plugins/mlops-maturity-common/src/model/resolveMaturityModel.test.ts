import { defaultMaturityModel } from './defaultModel';
import {
  InvalidMaturityModelError,
  resolveMaturityModel,
} from './resolveMaturityModel';
import { validateMaturityModel } from './validateMaturityModel';

function issuesOf(override: unknown): string[] {
  try {
    resolveMaturityModel(override);
  } catch (e) {
    if (e instanceof InvalidMaturityModelError) return e.issues;
    throw e;
  }
  throw new Error('expected the model to be rejected');
}

const custom = { id: 'acme-mlops', version: '2026.1' };

describe('the built-in model', () => {
  it('is valid and matches the reference questionnaire', () => {
    expect(validateMaturityModel(defaultMaturityModel)).toEqual([]);
    expect(defaultMaturityModel.levels.map(l => l.name)).toEqual([
      'Manual',
      'DevOps but no MLOps',
      'Automated Training',
      'Automated Model Deployment',
      'Full MLOps',
    ]);
    expect(
      defaultMaturityModel.dimensions.map(d => [
        d.name,
        d.weight,
        defaultMaturityModel.questions.filter(q => q.dimensionId === d.id)
          .length,
      ]),
    ).toEqual([
      ['People & Process', 0.3, 3],
      ['Model Development', 0.25, 4],
      ['Model Deployment & Serving', 0.25, 4],
      ['Monitoring & Operations', 0.2, 4],
    ]);
    expect(defaultMaturityModel.roadmaps.map(r => [r.from, r.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [0, 3],
    ]);
  });
});

describe('resolveMaturityModel', () => {
  it('returns the built-in model when nothing is configured', () => {
    expect(resolveMaturityModel(undefined)).toBe(defaultMaturityModel);
  });

  it('changes weights, adds and removes questions by id', () => {
    const model = resolveMaturityModel({
      ...custom,
      dimensions: [
        { id: 'people-process', weight: 0.25 },
        { id: 'model-development', weight: 0.3 },
      ],
      questions: [
        { id: 'testing', title: 'Model Testing' },
        {
          id: 'fairness-review',
          dimensionId: 'model-development',
          title: 'Fairness Review',
          prompt: 'How are models reviewed for bias?',
          descriptors: [
            'None',
            'Ad hoc',
            'Checklist',
            'Automated',
            'Continuous',
          ],
        },
      ],
      removeQuestions: ['cost-visibility'],
    });
    expect(model.id).toBe('acme-mlops');
    expect(model.version).toBe('2026.1');
    expect(model.dimensions.map(d => d.weight)).toEqual([0.25, 0.3, 0.25, 0.2]);
    const ids = model.questions.map(q => q.id);
    expect(ids).toContain('fairness-review');
    expect(ids).not.toContain('cost-visibility');
    expect(model.questions.find(q => q.id === 'testing')).toMatchObject({
      title: 'Model Testing',
      prompt: 'What testing exists before production?',
    });
  });

  it('starts from an empty question bank with extends: none', () => {
    const model = resolveMaturityModel({
      ...custom,
      extends: 'none',
      dimensions: [{ id: 'only', name: 'Only', weight: 1 }],
      questions: [
        {
          id: 'q1',
          dimensionId: 'only',
          title: 'Q1',
          prompt: 'Q1?',
          descriptors: ['a', 'b', 'c', 'd', 'e'],
        },
      ],
      roadmaps: [],
    });
    expect(model.questions.map(q => q.id)).toEqual(['q1']);
  });

  it('drops roadmap initiatives of a removed dimension', () => {
    const model = resolveMaturityModel({
      ...custom,
      removeDimensions: ['monitoring-operations'],
      removeQuestions: [
        'model-monitoring',
        'alerting',
        'retraining',
        'cost-visibility',
      ],
      dimensions: [{ id: 'people-process', weight: 0.5 }],
    });
    const dimensionIds = model.roadmaps.flatMap(r =>
      r.phases.flatMap(p => p.initiatives.map(i => i.dimensionId)),
    );
    expect(dimensionIds).not.toContain('monitoring-operations');
  });

  it('rejects weights that do not sum to exactly 1, showing the sum', () => {
    expect(
      issuesOf({
        ...custom,
        dimensions: [{ id: 'people-process', weight: 0.25 }],
      }),
    ).toEqual([
      'mlopsMaturity.model.dimensions: weights must sum to exactly 1, got people-process 0.25 + model-development 0.25 + deployment-serving 0.25 + monitoring-operations 0.2 = 0.95',
    ]);
  });

  it.each([
    [
      'a question without five descriptors',
      { questions: [{ id: 'testing', descriptors: ['a', 'b', 'c', 'd'] }] },
      'mlopsMaturity.model.questions[8] (id "testing").descriptors must list exactly 5 descriptors, one per level 0-4, got 4',
    ],
    [
      'a blank descriptor',
      { questions: [{ id: 'testing', descriptors: ['a', 'b', '', 'd', 'e'] }] },
      'mlopsMaturity.model.questions[8] (id "testing").descriptors[2] must be a non-empty string, got ""',
    ],
    [
      'a question in an unknown dimension',
      { questions: [{ id: 'testing', dimensionId: 'nope' }] },
      'mlopsMaturity.model.questions[8] (id "testing").dimensionId "nope" is not a dimension of the model (people-process, model-development, deployment-serving, monitoring-operations)',
    ],
    [
      'a malformed id',
      {
        questions: [
          {
            id: 'Bad Id',
            dimensionId: 'people-process',
            title: 't',
            prompt: 'p',
            descriptors: ['a', 'b', 'c', 'd', 'e'],
          },
        ],
      },
      'mlopsMaturity.model.questions[15] (id "Bad Id").id must be a lowercase id of letters, digits, ".", "_" or "-" (at most 63 characters), got "Bad Id"',
    ],
    [
      'a dimension with no questions',
      {
        dimensions: [
          { id: 'people-process', weight: 0.2 },
          { id: 'ethics', name: 'Ethics', weight: 0.1 },
        ],
      },
      'mlopsMaturity.model.dimensions: dimension "ethics" has no questions',
    ],
    [
      'an unknown setting',
      { weights: { a: 1 } },
      'mlopsMaturity.model.weights is not a known setting (allowed: id, version, name, description, extends, dimensions, questions, removeDimensions, removeQuestions, levels, roadmaps, sources)',
    ],
    [
      'a negative weight',
      { dimensions: [{ id: 'people-process', weight: -0.3 }] },
      'mlopsMaturity.model.dimensions[0] (id "people-process").weight must be a number in (0, 1], got -0.3',
    ],
  ])('rejects %s with a precise message', (_, change, message) => {
    expect(issuesOf({ ...custom, ...change })).toContain(message);
  });

  it('rejects duplicate ids', () => {
    const model = {
      ...defaultMaturityModel,
      questions: [
        ...defaultMaturityModel.questions,
        defaultMaturityModel.questions[0],
      ],
    };
    expect(validateMaturityModel(model)).toEqual([
      'model.questions: id "team-collaboration" is used more than once',
    ]);
  });

  it('requires a customised model to carry its own id or version', () => {
    expect(
      issuesOf({
        id: 'mlops-maturity',
        version: defaultMaturityModel.version,
        removeQuestions: ['testing'],
      }),
    ).toEqual([
      `mlopsMaturity.model: a customised model needs its own id or version (the built-in model is mlops-maturity@${defaultMaturityModel.version}); stored assessments pin the version they were answered against`,
    ]);
    expect(issuesOf({ extends: 'default' })).toEqual([
      'mlopsMaturity.model.id must be a non-empty string, got undefined',
      'mlopsMaturity.model.version must be a non-empty string, got undefined',
    ]);
  });

  it('accepts a roadmap that spans several levels', () => {
    const roadmaps = [{ ...defaultMaturityModel.roadmaps[0], to: 2 }];
    expect(resolveMaturityModel({ ...custom, roadmaps }).roadmaps).toEqual(
      roadmaps,
    );
  });

  it('rejects a roadmap that does not go up', () => {
    const roadmaps = [{ ...defaultMaturityModel.roadmaps[1], to: 1 }];
    expect(issuesOf({ ...custom, roadmaps })).toEqual([
      'mlopsMaturity.model.roadmaps[0].to must be a higher level than from (1), got 1',
    ]);
  });

  it('keeps the built-in sources unless the override replaces them', () => {
    expect(resolveMaturityModel(custom).sources).toBe(
      defaultMaturityModel.sources,
    );
    const sources = [
      { title: 'Our playbook', url: 'https://wiki.acme.test/ml' },
    ];
    expect(resolveMaturityModel({ ...custom, sources }).sources).toBe(sources);
    expect(
      issuesOf({
        ...custom,
        sources: [{ title: 'x', url: 'data:text/html,hi' }],
      }),
    ).toEqual([
      'mlopsMaturity.model.sources[0].url must be an http or https URL, got "data:text/html,hi"',
    ]);
  });
});
