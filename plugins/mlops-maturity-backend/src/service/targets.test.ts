import { JsonObject } from '@backstage/types';
import { ConfigReader } from '@backstage/config';
import { readTargets, TargetSubject, targetFor } from './targets';

// Any value, as a config file could hold it.
const read = (targets: unknown) =>
  readTargets(new ConfigReader({ mlopsMaturity: { targets } } as JsonObject));

const subject = (extra: Partial<TargetSubject> = {}): TargetSubject => ({
  lifecycle: 'production',
  type: 'ml-service',
  system: 'system:default/growth',
  domain: 'domain:default/commerce',
  owner: 'group:default/team-a',
  tags: ['pii'],
  ...extra,
});

describe('readTargets', () => {
  it('reads targets, lowercasing values and completing refs with their default kind', () => {
    expect(
      read([
        {
          level: 2,
          title: 'Production at Level 2',
          filter: { lifecycle: 'Production', owner: ['team-a', 'user:x/Bob'] },
        },
        { level: 1 },
      ]),
    ).toEqual([
      {
        level: 2,
        title: 'Production at Level 2',
        filter: {
          lifecycle: ['production'],
          owner: ['group:default/team-a', 'user:x/bob'],
        },
      },
      { level: 1, title: null, filter: {} },
    ]);
    expect(read(undefined)).toEqual([]);
  });

  it.each([
    [
      [{ level: 5 }],
      'mlopsMaturity.targets[0].level must be a whole number from 0 to 4, got 5',
    ],
    [
      [{ level: 1 }, { title: 'x' }],
      'mlopsMaturity.targets[1].level must be a whole number from 0 to 4, got undefined',
    ],
    [
      [{ level: 1.5 }],
      'mlopsMaturity.targets[0].level must be a whole number from 0 to 4, got 1.5',
    ],
    [
      [{ level: 2, filter: { colour: 'red' } }],
      'mlopsMaturity.targets[0].filter.colour is not a target filter field; use lifecycle, type, tag, system, domain, owner',
    ],
    [
      [{ level: 2, filter: { owner: ['team-a', 'group:'] } }],
      'mlopsMaturity.targets[0].filter.owner[1] "group:" is not an entity ref like group:default/name',
    ],
    [
      [{ level: 2, filter: { lifecycle: [] } }],
      'mlopsMaturity.targets[0].filter.lifecycle must name at least one value',
    ],
    [
      [{ level: 2, filter: { tag: '' } }],
      'mlopsMaturity.targets[0].filter.tag must be a non-empty string',
    ],
    [
      [{ level: 2, deadline: 'june' }],
      'mlopsMaturity.targets[0].deadline is not a target setting; a target has level, title and filter',
    ],
    [
      [{ level: 2, title: '' }],
      'mlopsMaturity.targets[0].title must be a non-empty string of at most 255 characters',
    ],
  ])('refuses %j naming the target and key', (targets, message) => {
    expect(() => read(targets)).toThrow(message);
  });
});

describe('targetFor', () => {
  const rules = read([
    { level: 1, title: 'Everyone at Level 1' },
    { level: 2, title: 'Production', filter: { lifecycle: 'production' } },
    {
      level: 3,
      title: 'Growth, tagged pii',
      filter: { system: 'growth', tag: ['pii', 'gdpr'] },
    },
    { level: 3, title: 'Also 3', filter: { owner: 'team-a' } },
  ]);

  it('applies the highest matching target, the first listed among equals', () => {
    expect(targetFor(rules, subject())).toEqual({
      level: 3,
      title: 'Growth, tagged pii',
    });
  });

  it('needs every field of a filter to match', () => {
    expect(targetFor(rules, subject({ tags: [], owner: null }))).toEqual({
      level: 2,
      title: 'Production',
    });
    expect(
      targetFor(rules, subject({ tags: [], owner: null, lifecycle: null })),
    ).toEqual({ level: 1, title: 'Everyone at Level 1' });
  });

  it('matches tags whatever their case', () => {
    expect(
      targetFor(read([{ level: 4, filter: { tag: 'PII' } }]), subject()),
    ).toEqual({ level: 4, title: null });
  });

  it('gives none when no target matches', () => {
    expect(
      targetFor(read([{ level: 2, filter: { type: 'ml-model' } }]), subject()),
    ).toBeNull();
    expect(targetFor([], subject())).toBeNull();
  });
});
