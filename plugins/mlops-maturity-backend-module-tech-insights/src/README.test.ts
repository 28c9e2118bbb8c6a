import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { mlopsMaturityChecks } from './checks/mlopsMaturityChecks';
import { MLOPS_MATURITY_FACT_RETRIEVER_ID } from './factRetriever/factSchema';

const readme = fs.readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');

function yamlBlocks(markdown: string) {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m =>
    YAML.parse(m[1]),
  );
}

describe('README', () => {
  it('shows exactly the exported checks, with the retriever config tech-insights needs', () => {
    const configs = yamlBlocks(readme).filter(c => c?.techInsights);
    expect(configs).toHaveLength(1);
    const { techInsights } = configs[0];
    expect(techInsights.factChecker.checks).toEqual(mlopsMaturityChecks);
    expect(
      techInsights.factRetrievers[MLOPS_MATURITY_FACT_RETRIEVER_ID],
    ).toEqual({
      cadence: expect.any(String),
      lifecycle: { maxItems: expect.any(Number) },
    });
  });

  it('documents every check in the check table', () => {
    for (const id of Object.keys(mlopsMaturityChecks)) {
      expect(readme).toContain(`| \`${id}\``);
    }
  });
});
