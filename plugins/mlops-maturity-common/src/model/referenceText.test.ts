import { readFileSync } from 'fs';
import { join } from 'path';
import { parseReference } from './__fixtures__/parseReference';
import { defaultMaturityModel as model } from './defaultModel';

// The reference the built-in model is taken from, copied from
// ../shared/reference/mlops-maturity-model.md. Every text of the model that
// a user reads as the reference's must be the reference's, word for word
// (markdown emphasis dropped); the model's own additions (dimension tags,
// descriptions, notes) are left out here.
const reference = parseReference(
  readFileSync(
    join(__dirname, '__fixtures__', 'mlops-maturity-model.md'),
    'utf8',
  ),
);

describe('the built-in model, word for word against the reference', () => {
  it('reads every part of the reference it checks against', () => {
    expect(reference.overview).toHaveLength(5);
    expect(reference.levels.map(l => l.level)).toEqual([0, 1, 2, 3, 4]);
    expect(reference.questions).toHaveLength(15);
    expect(reference.roadmaps).toHaveLength(5);
    expect(reference.sources).toHaveLength(5);
  });

  describe.each(reference.levels)('Level $level', ref => {
    const level = model.levels.find(l => l.level === ref.level)!;
    const overview = reference.overview[ref.level];

    it("has one of the reference's names for the level", () => {
      // The overview table and the section heading name the levels
      // differently (e.g. "DevOps (No MLOps)", "DevOps but No MLOps").
      const heading = /Level \d - (.+) \(~\d+ lines\)$/.exec(ref.heading)![1];
      const names = [overview.name, heading].map(n => n.toLowerCase());
      expect(names).toContain(level.name.toLowerCase());
    });

    it("has its characteristics in the reference's words", () => {
      expect(level.summary).toBe(ref.summary);
      expect(level.characteristics).toEqual({
        keyCharacteristic: overview.keyCharacteristic,
        automation: overview.automation,
        deployTime: ref.deployTime,
        ...(ref.uptime ? { uptime: ref.uptime } : {}),
        teamSize: ref.teamSize,
        stack: ref.stack,
      });
    });

    it('has its people, model release and real-world example', () => {
      expect(level.people).toEqual(ref.people);
      expect(level.modelRelease ?? []).toEqual(ref.modelRelease);
      expect(level.realWorldExample).toEqual(ref.example);
    });

    it('has its pain points and improvements', () => {
      expect(
        (level.painPoints ?? []).map(p => [p.problem, p.impact, p.example]),
      ).toEqual(ref.painPoints);
      expect(
        (level.improvementsOverPrevious ?? []).map(i => [
          i.aspect,
          i.previousLevel,
          i.thisLevel,
        ]),
      ).toEqual(ref.improvements);
      expect(level.remainingPainPoints ?? []).toEqual(ref.remainingPainPoints);
    });

    it('quotes its sources as the reference does', () => {
      expect(level.quotes).toEqual(ref.quotes);
    });
  });

  it('has the questionnaire: dimensions, weights, questions and descriptors', () => {
    const dimension = (id: string) => model.dimensions.find(d => d.id === id)!;
    expect(
      model.questions.map(q => ({
        dimension: dimension(q.dimensionId).name,
        weight: dimension(q.dimensionId).weight,
        title: q.title,
        prompt: q.prompt,
        descriptors: q.descriptors,
      })),
    ).toEqual(reference.questions);
  });

  it('has every roadmap: goal, duration, investment, team, phases and initiatives', () => {
    const ours = model.roadmaps.map(r => ({
      title: r.name ? `${r.name}` : `Level ${r.from} → Level ${r.to}`,
      goal: r.goal,
      investment: r.investment,
      team: r.team,
      phases: r.phases.map(p => ({
        name: p.name,
        timeframe: p.timeframe,
        initiatives: p.initiatives.map(i => ({
          name: i.name,
          ...(i.timeframe ? { timeframe: i.timeframe } : {}),
          ...(i.tools ? { tools: i.tools } : {}),
          ...(i.successCriteria ? { successCriteria: i.successCriteria } : {}),
        })),
      })),
    }));
    expect(ours).toEqual(reference.roadmaps.map(({ duration: _, ...r }) => r));
    // "(3-6 months)", or for the accelerated path "(Level 0 → Level 3 in 12 months)".
    model.roadmaps.forEach((r, i) => {
      const duration = reference.roadmaps[i].duration;
      expect(
        duration === r.duration || duration.endsWith(` in ${r.duration}`),
      ).toBe(true);
    });
  });

  it('credits the sources the reference lists', () => {
    expect(model.sources).toEqual(reference.sources);
  });
});
