import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  defaultMaturityModel,
  resolveMaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { DEFAULT_RULES } from './defaultRules';
import { readCatalogEvidenceRules } from './readRules';

const read = (evidence: object, model = defaultMaturityModel) =>
  readCatalogEvidenceRules(
    new ConfigReader({ mlopsMaturity: { evidence } }),
    model,
  );

const rule = (fields: object = {}) => ({
  id: 'my-rule',
  when: { annotation: 'acme.com/x' },
  questionId: 'testing',
  level: 2,
  title: 'X',
  ...fields,
});

describe('readCatalogEvidenceRules', () => {
  it('runs every default, checked against the model, when nothing is configured', () => {
    const rules = readCatalogEvidenceRules(
      new ConfigReader({}),
      defaultMaturityModel,
    );
    expect(rules.map(r => r.id)).toEqual(DEFAULT_RULES.map(r => r.id));
    expect(new Set(rules.map(r => r.id)).size).toBe(rules.length);
  });

  it('adds rules after the defaults, changes a default by the fields given and switches one off', () => {
    const rules = read({
      rules: [
        rule(),
        { id: 'github-repository', url: 'https://ghe.acme.com/{{value}}' },
        { id: 'techdocs', enabled: false },
      ],
    });
    const ids = rules.map(r => r.id);
    expect(ids).not.toContain('techdocs');
    expect(ids[ids.length - 1]).toBe('my-rule');
    const github = rules.find(r => r.id === 'github-repository')!;
    expect(github).toMatchObject({
      questionId: 'reproducibility',
      level: 1,
      condition: { kind: 'annotation', key: 'github.com/project-slug' },
    });
    expect(github.url?.parts).toEqual([
      { text: 'https://ghe.acme.com/' },
      { value: true },
    ]);
    // The default's position is kept.
    expect(ids.indexOf('github-repository')).toBe(0);
  });

  it('runs only the configured rules without the defaults', () => {
    expect(read({ defaults: false, rules: [rule()] }).map(r => r.id)).toEqual([
      'my-rule',
    ]);
    // A default's id then names a new rule, which must be complete.
    expect(() =>
      read({ defaults: false, rules: [{ id: 'techdocs', level: 2 }] }),
    ).toThrow(
      'mlopsMaturity.evidence.rules[0].when must be an object with one condition',
    );
  });

  it('reads each kind of condition', () => {
    const conditions = read({
      defaults: false,
      rules: [
        rule({ id: 'a', when: { annotation: 'k', equals: 'v' } }),
        rule({ id: 'b', when: { label: 'k' } }),
        rule({ id: 'c', when: { tag: 't' } }),
        rule({ id: 'd', when: { linkType: 'dashboard', linkTitle: 'Live' } }),
        rule({ id: 'e', when: { dependsOnResourceType: 'feature-store' } }),
        rule({ id: 'f', when: { techdocs: true } }),
      ],
    }).map(r => r.condition);
    expect(conditions).toEqual([
      { kind: 'annotation', key: 'k', equals: 'v' },
      { kind: 'label', key: 'k' },
      { kind: 'tag', tag: 't' },
      { kind: 'link', linkType: 'dashboard', linkTitle: 'Live' },
      { kind: 'dependsOnResource', resourceType: 'feature-store' },
      { kind: 'techdocs' },
    ]);
  });

  it('turns off, with a warning, a default whose question the model does not have', () => {
    const model = resolveMaturityModel({
      id: 'acme',
      version: '1',
      removeQuestions: ['rollback'],
    });
    const logger = mockServices.logger.mock();
    const rules = readCatalogEvidenceRules(new ConfigReader({}), model, logger);
    expect(rules.some(r => r.questionId === 'rollback')).toBe(false);
    expect(logger.warn).toHaveBeenCalledWith(
      'The default evidence rule argocd-rollback is off: the model acme@1 has no question rollback',
    );
  });

  const PREFIX = 'Invalid MLOps maturity evidence rule: ';
  it.each<[string, unknown, string]>([
    [
      'a question the model does not have',
      [rule(), rule({ id: 'b' }), rule({ id: 'c', questionId: 'x' })],
      'mlopsMaturity.evidence.rules[2].questionId "x" is not a question of the model mlops-maturity@',
    ],
    [
      'not a list',
      { id: 'x' },
      'mlopsMaturity.evidence.rules must be a list of rules',
    ],
    [
      'not an object',
      ['x'],
      'mlopsMaturity.evidence.rules[0] must be an object with id, when, questionId, level and title',
    ],
    [
      'an unknown field',
      [rule({ question: 'testing' })],
      'mlopsMaturity.evidence.rules[0].question is not a rule field; a rule has id, when, questionId, level, title, url, enabled',
    ],
    [
      'a bad id',
      [rule({ id: 'my rule' })],
      'mlopsMaturity.evidence.rules[0].id "my rule" must be letters, digits',
    ],
    [
      'a taken id',
      [rule(), rule()],
      'mlopsMaturity.evidence.rules[1].id "my-rule" is already the id of mlopsMaturity.evidence.rules[0]',
    ],
    [
      'no condition',
      [rule({ when: {} })],
      'mlopsMaturity.evidence.rules[0].when must have exactly one condition (annotation, label, tag, linkType/linkTitle, dependsOnResourceType or techdocs), got none',
    ],
    [
      'two conditions',
      [rule({ when: { annotation: 'a', tag: 't' } })],
      'mlopsMaturity.evidence.rules[0].when must have exactly one condition (annotation, label, tag, linkType/linkTitle, dependsOnResourceType or techdocs), got annotation and tag',
    ],
    [
      'an unknown condition',
      [rule({ when: { relation: 'x' } })],
      'mlopsMaturity.evidence.rules[0].when.relation is not a condition',
    ],
    [
      'equals with a tag',
      [rule({ when: { tag: 't', equals: 'x' } })],
      'mlopsMaturity.evidence.rules[0].when.equals goes with annotation or label, not with tag',
    ],
    [
      'an empty annotation',
      [rule({ when: { annotation: ' ' } })],
      'mlopsMaturity.evidence.rules[0].when.annotation must be a non-empty string, got " "',
    ],
    [
      'techdocs: false',
      [rule({ when: { techdocs: false } })],
      'mlopsMaturity.evidence.rules[0].when.techdocs must be true (the entity has TechDocs), got false',
    ],
    [
      'level 0',
      [rule({ level: 0 })],
      'mlopsMaturity.evidence.rules[0].level must be a whole number from 1 to 4 (the level the evidence demonstrates), got 0',
    ],
    [
      'level 5',
      [rule({ level: 5 })],
      'mlopsMaturity.evidence.rules[0].level must be a whole number from 1 to 4 (the level the evidence demonstrates), got 5',
    ],
    ['level 2.5', [rule({ level: 2.5 })], 'got 2.5'],
    [
      'no title',
      [rule({ title: '' })],
      'mlopsMaturity.evidence.rules[0].title must be a non-empty string, got ""',
    ],
    [
      'a long title',
      [rule({ title: 'x'.repeat(201) })],
      'mlopsMaturity.evidence.rules[0].title must be at most 200 characters, got 201',
    ],
    [
      'an unknown placeholder',
      [rule({ url: 'https://x.com/{{name}}' })],
      'mlopsMaturity.evidence.rules[0].url "https://x.com/{{name}}" has the placeholder {{name}}; use {{value}}, {{annotation:KEY}} or {{annotation:KEY|fallback}}',
    ],
    [
      'a URL that is not http(s)',
      [rule({ url: 'ftp://x.com/{{value}}' })],
      'mlopsMaturity.evidence.rules[0].url "ftp://x.com/{{value}}" does not make an absolute http(s) URL',
    ],
    [
      'an unclosed placeholder',
      [rule({ url: 'https://x.com/{{value' })],
      'has an unclosed {{ or a stray }}',
    ],
    [
      '{{value}} without a value',
      [rule({ when: { tag: 't' }, url: 'https://x.com/{{value}}' })],
      'mlopsMaturity.evidence.rules[0].url uses {{value}}, which only an annotation or label condition has',
    ],
    [
      'enabled not a boolean',
      [rule({ enabled: 'no' })],
      'mlopsMaturity.evidence.rules[0].enabled must be true or false, got "no"',
    ],
  ])('refuses %s, naming the rule', (_, rules, message) => {
    expect(() => read({ rules })).toThrow(PREFIX);
    expect(() => read({ rules })).toThrow(message);
  });
});
