import { defaultMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  checkProviderResponse,
  EVIDENCE_RESPONSE_SHAPE_PROBLEM,
} from './checkProviderResponse';

const ASKED_AT = '2026-01-02T03:04:05.000Z';
const ASKED = ['component:default/Ranker', 'component:default/scorer'];
const check = (response: unknown, asked: string[] = ASKED) =>
  checkProviderResponse(defaultMaturityModel, response, asked, 'ci', ASKED_AT);

describe('checkProviderResponse', () => {
  it('keeps per asked entity and question the highest level, in the model question order', () => {
    const { signals, dropped } = check({
      signals: {
        // Refs are compared without case.
        'COMPONENT:DEFAULT/ranker': [
          { questionId: 'alerting', level: 2, title: 'Dashboards' },
          { questionId: 'training-automation', level: 1, title: 'Manual' },
          { questionId: 'alerting', level: 3, title: 'Alert rules' },
          { questionId: 'alerting', level: 3, title: 'Same level, later' },
          { questionId: 'training-automation', level: 3, title: 'On drift' },
        ],
      },
    });
    expect(dropped).toEqual([]);
    expect([...signals.keys()]).toEqual([
      'component:default/ranker',
      'component:default/scorer',
    ]);
    expect(signals.get('component:default/scorer')).toEqual([]);
    expect(signals.get('component:default/ranker')).toEqual([
      {
        questionId: 'training-automation',
        level: 3,
        title: 'On drift',
        source: 'ci',
        observedAt: ASKED_AT,
      },
      {
        questionId: 'alerting',
        level: 3,
        title: 'Alert rules',
        source: 'ci',
        observedAt: ASKED_AT,
      },
    ]);
  });

  it('drops entities not asked about, entries that are not lists and signals that do not fit, saying why', () => {
    const noSuchQuestion = { questionId: 'no-such', level: 2, title: 'x' };
    const tooHigh = { questionId: 'testing', level: 5, title: 'x' };
    const { signals, dropped } = check({
      signals: {
        'component:default/elsewhere': [
          { questionId: 'testing', level: 1, title: 'CI' },
        ],
        'component:default/ranker': { questionId: 'testing' },
        'component:default/scorer': [
          noSuchQuestion,
          tooHigh,
          { questionId: 'testing', level: 1, title: 'CI' },
        ],
      },
    });
    expect(dropped).toEqual([
      {
        entityRef: 'component:default/elsewhere',
        reason: 'was not asked about',
      },
      {
        entityRef: 'component:default/ranker',
        reason: 'its signals are not a list',
      },
      {
        entityRef: 'component:default/scorer',
        reason: `questionId "no-such" is not a question of the model ${defaultMaturityModel.id}@${defaultMaturityModel.version}`,
        signal: noSuchQuestion,
      },
      {
        entityRef: 'component:default/scorer',
        reason: 'level 5 of testing is not one of 0, 1, 2, 3, 4',
        signal: tooHigh,
      },
    ]);
    expect(signals.has('component:default/elsewhere')).toBe(false);
    expect(signals.get('component:default/ranker')).toEqual([]);
    expect(
      signals.get('component:default/scorer')!.map(s => s.questionId),
    ).toEqual(['testing']);
  });

  it.each([
    ['nothing', undefined],
    ['no signals', {}],
    ['signals that are not an object', { signals: 'all good' }],
    ['a string', 'signals'],
  ])('throws on %s', (_, response) => {
    expect(() => check(response)).toThrow(EVIDENCE_RESPONSE_SHAPE_PROBLEM);
  });

  it('takes an empty answer', () => {
    const { signals, dropped } = check({ signals: {} }, ['component:x']);
    expect([...signals]).toEqual([['component:x', []]]);
    expect(dropped).toEqual([]);
  });
});
