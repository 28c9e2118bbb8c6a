import { useMcpActionsBackend } from '../__testUtils__/mcpActionsBackend';
import { seedVerified } from '../__testUtils__/scorecardFixtures';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

/*
 * The verified level in the MCP actions, seeded into the scorecard table as
 * the verified-level writer stores it: churn-model (claimed L3) verified L2,
 * ranker (L1) verified L1, secret-ranker (L1, confidential to team-b)
 * verified L0; fraud-scorer (L0) keeps what the writer computed from its
 * answers (every answer at Level 0 counts as claimed: verified L0, nothing
 * lower); forecaster is not assessed.
 */
describe('the verified level through the real MCP actions backend', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const backend = useMcpActionsBackend(databases, databaseId);
    const { api, mcpAs, output, errorText } = backend;

    beforeAll(async () => {
      await seedVerified(backend.knex, {
        'churn-model': { level: 2, score: 2.5, gaps: 4 },
        ranker: { level: 1, score: 1.1, gaps: 0 },
        'secret-ranker': { level: 0, score: 0.5, gaps: 9 },
      });
    });

    it('get-entity-maturity gives the verified level as the scorecard row holds it', async () => {
      const { call } = await mcpAs('olivia');
      const churn = output(
        await call('get-entity-maturity', { entityRef: 'churn-model' }),
      );
      expect(churn.verified).toEqual({
        level: 2,
        levelName: backend.model.levels[2].name,
        score: 2.5,
        answersCountedLower: 4,
        belowClaimed: true,
      });
      const ranker = output(
        await call('get-entity-maturity', { entityRef: 'ranker' }),
      );
      expect(ranker.verified).toMatchObject({ level: 1, belowClaimed: false });
      const fraud = output(
        await call('get-entity-maturity', { entityRef: 'fraud-scorer' }),
      );
      expect(fraud.verified).toEqual({
        level: 0,
        levelName: backend.model.levels[0].name,
        score: 0,
        answersCountedLower: 0,
        belowClaimed: false,
      });
      const forecaster = output(
        await call('get-entity-maturity', { entityRef: 'forecaster' }),
      );
      expect([forecaster.assessed, forecaster.verified]).toEqual([false, null]);
      // Hidden from olivia: the same NotFoundError as an unknown service.
      expect(
        errorText(
          await call('get-entity-maturity', { entityRef: 'secret-ranker' }),
        ),
      ).toMatch(/^NotFoundError/);
      const oscar = await mcpAs('oscar');
      expect(
        output(
          await oscar.call('get-entity-maturity', {
            entityRef: 'secret-ranker',
          }),
        ).verified,
      ).toMatchObject({ level: 0, answersCountedLower: 9 });
    });

    it('list-ml-services carries, sorts and filters by the verified level as the API does', async () => {
      const { call } = await mcpAs('olivia');
      const got = output(
        await call('list-ml-services', {
          orderBy: 'verifiedLevel',
          order: 'asc',
        }),
      );
      const page = (
        await api.get(
          '/scorecard/page?orderBy=verifiedLevel&order=asc&limit=20',
          'olivia',
        )
      ).body;
      const view = (items: any[]) =>
        items.map(i => [
          i.entityRef,
          i.verifiedLevel,
          i.verifiedScore,
          i.verificationGapCount,
        ]);
      expect(view(got.items)).toEqual(view(page.items));
      expect(view(got.items)).toEqual([
        ['component:default/fraud-scorer', 0, 0, 0],
        ['component:default/ranker', 1, 1.1, 0],
        ['component:default/churn-model', 2, 2.5, 4],
        ['component:default/forecaster', null, null, null],
      ]);
      expect(got.items[2].verifiedLevelName).toBe(backend.model.levels[2].name);

      const below = output(
        await call('list-ml-services', { verifiedBelowClaimed: true }),
      );
      expect(below.items.map((i: any) => i.entityRef)).toEqual([
        'component:default/churn-model',
      ]);
      const atOne = output(
        await call('list-ml-services', { verifiedLevel: [0, 1] }),
      );
      expect(atOne.items.map((i: any) => i.entityRef).sort()).toEqual([
        'component:default/fraud-scorer',
        'component:default/ranker',
      ]);
      expect(
        errorText(await call('list-ml-services', { verifiedLevel: [5] })),
      ).toContain('input.verifiedLevel.0: verifiedLevel must be one of');
    });
  });
});
