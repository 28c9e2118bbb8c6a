import {
  AssessmentAnswers,
  MaturityModel,
  defaultMaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { shippedWording } from '../../../__testUtils__/shippedWording';
import { diffRevisionAnswers } from './diffAnswers';

const model = defaultMaturityModel;
const t = shippedWording();
const [q1, q2, q3] = model.questions;

function uniform(level: 0 | 1 | 2 | 3 | 4): AssessmentAnswers {
  return Object.fromEntries(model.questions.map(q => [q.id, { level }]));
}

describe('diffRevisionAnswers', () => {
  it('lists only the questions that changed, with both descriptors', () => {
    const before = uniform(1);
    const after: AssessmentAnswers = {
      ...uniform(1),
      [q1.id]: { level: 3 },
      [q2.id]: { notApplicable: true, reason: 'No serving' },
    };
    const changes = diffRevisionAnswers(
      { answers: before, model },
      { answers: after, model },
      t,
    );
    expect(changes.map(c => c.questionId)).toEqual([q1.id, q2.id]);
    expect(changes[0]).toMatchObject({
      before: `L1: ${q1.descriptors[1]}`,
      after: `L3: ${q1.descriptors[3]}`,
      aspects: ['answer'],
    });
    expect(changes[1].after).toBe('N/A: No serving');
  });

  it('notices changed notes and evidence even when the level is the same', () => {
    const before = uniform(2);
    const after: AssessmentAnswers = {
      ...uniform(2),
      [q3.id]: {
        level: 2,
        note: 'Now with canaries',
        evidence: [{ title: 'Runbook', url: 'https://wiki.example.com/rb' }],
      },
    };
    const [change] = diffRevisionAnswers(
      { answers: before, model },
      { answers: after, model },
      t,
    );
    expect(change.questionId).toBe(q3.id);
    expect(change.aspects).toEqual(['note', 'evidence']);
  });

  it('describes each side with its own model version', () => {
    const older: MaturityModel = {
      ...model,
      version: '0.9.0',
      questions: model.questions.map(q =>
        q.id === q1.id
          ? { ...q, descriptors: q.descriptors.map(d => `old ${d}`) }
          : q,
      ),
    };
    const [change] = diffRevisionAnswers(
      { answers: { ...uniform(0) }, model: older },
      { answers: { ...uniform(0), [q1.id]: { level: 1 } }, model },
      t,
    );
    expect(change.before).toBe(`L0: old ${q1.descriptors[0]}`);
    expect(change.after).toBe(`L1: ${q1.descriptors[1]}`);
  });
});
