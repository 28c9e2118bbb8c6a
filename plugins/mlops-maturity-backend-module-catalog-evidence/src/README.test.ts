import { ConfigReader } from '@backstage/config';
import { defaultMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_RULES } from './rules/defaultRules';
import { readCatalogEvidenceRules } from './rules/readRules';

const readme = fs.readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');

/** The cells of the default rules table, by rule id. */
function defaultsTable(): Map<string, string[]> {
  const section = readme
    .split('## The default rules')[1]
    .split('\n## ')[0]
    .split('\n### ')[0];
  return new Map(
    section
      .split('\n')
      .filter(line => line.startsWith('| `'))
      .map(line => {
        const cells = line
          .split('|')
          .slice(1, -1)
          .map(cell => cell.trim());
        return [cells[0].replace(/`/g, ''), cells];
      }),
  );
}

describe('README', () => {
  it('lists every default rule with its question and level, and nothing else', () => {
    const table = defaultsTable();
    expect([...table.keys()]).toEqual(DEFAULT_RULES.map(r => r.id));
    for (const rule of DEFAULT_RULES) {
      const [, when, question, level] = table.get(rule.id)!;
      const title = defaultMaturityModel.questions.find(
        q => q.id === rule.questionId,
      )!.title;
      expect([rule.id, question, level]).toEqual([
        rule.id,
        title,
        String(rule.level),
      ]);
      const subject =
        rule.when.annotation ??
        rule.when.dependsOnResourceType ??
        'backstage.io/techdocs-ref';
      expect([rule.id, when]).toEqual([
        rule.id,
        expect.stringContaining(subject),
      ]);
    }
  });

  it("documents each of the module's own annotations", () => {
    const own = new Set(
      DEFAULT_RULES.flatMap(r =>
        r.when.annotation?.startsWith('mlops.maturity/')
          ? [r.when.annotation]
          : [],
      ),
    );
    expect(own.size).toBe(6);
    for (const annotation of own) {
      expect(readme).toContain(`| \`${annotation}\``);
    }
  });

  it('quotes the real message of a bad rule', () => {
    const rule = (id: string, questionId: string) => ({
      id,
      when: { annotation: 'a' },
      questionId,
      level: 2,
      title: 'T',
    });
    const read = () =>
      readCatalogEvidenceRules(
        new ConfigReader({
          mlopsMaturity: {
            evidence: {
              rules: [
                rule('a', 'testing'),
                rule('b', 'testing'),
                rule('c', 'x'),
              ],
            },
          },
        }),
        defaultMaturityModel,
      );
    // The third rule names no question of the model: that is what the
    // message must say, with the model it was checked against.
    const expected = `Invalid MLOps maturity evidence rule: mlopsMaturity.evidence.rules[2].questionId "x" is not a question of the model ${defaultMaturityModel.id}@${defaultMaturityModel.version} (one of: ${defaultMaturityModel.questions[0].id}, `;
    expect(read).toThrow(expected);
    expect(readme).toContain(expected);
  });
});
