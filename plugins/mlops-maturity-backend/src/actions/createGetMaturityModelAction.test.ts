import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useMcpActionsBackend } from '../__testUtils__/mcpActionsBackend';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

describe('createGetMaturityModelAction through the real MCP actions backend', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const backend = useMcpActionsBackend(databases, databaseId);
    const { mcpAs, output } = backend;
    let model: MaturityModel;
    beforeAll(() => {
      model = backend.model;
    });

    it('gives the model the API gives', async () => {
      const { call } = await mcpAs('olivia');
      const got = output(await call('get-maturity-model', {}));
      expect(got.levels.map((l: any) => [l.level, l.name])).toEqual(
        model.levels.map(l => [l.level, l.name]),
      );
      expect(
        got.questions.map((q: any) => [
          q.id,
          q.dimensionId,
          q.descriptors.map((d: any) => d.text),
        ]),
      ).toEqual(model.questions.map(q => [q.id, q.dimensionId, q.descriptors]));
      expect(got.dimensions.map((d: any) => [d.id, d.weight])).toEqual(
        model.dimensions.map(d => [d.id, d.weight]),
      );
    });
  });
});
