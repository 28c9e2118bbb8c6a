import { Entity } from '@backstage/catalog-model';
import {
  createExtensionTester,
  mockApis,
} from '@backstage/frontend-test-utils';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { mlServiceEntity } from '../__testUtils__/maturityFixtures';
import {
  mlopsMaturityCampaignsDueWidget,
  mlopsMaturityEntityCard,
  mlopsMaturityMyTeamServicesWidget,
} from './extensions';

const website: Entity = {
  ...mlServiceEntity,
  metadata: { name: 'docs' },
  spec: { type: 'website', owner: 'team-docs' },
};

describe('mlops-maturity alpha surfaces', () => {
  it('shows the Overview card on ML services only, as the Maturity tab', () => {
    const tester = createExtensionTester(mlopsMaturityEntityCard);
    const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(filter(mlServiceEntity)).toBe(true);
    expect(filter(website)).toBe(false);
  });

  it('follows mlopsMaturity.entities for the Overview card', () => {
    const tester = createExtensionTester(mlopsMaturityEntityCard, {
      apis: [
        mockApis.config({
          data: { mlopsMaturity: { entities: { types: ['website'] } } },
        }),
      ],
    });
    const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(filter(website)).toBe(true);
    expect(filter(mlServiceEntity)).toBe(false);
  });

  it('offers the two home-page widgets under the names a defaultConfig uses', () => {
    const widget = HomePageWidgetBlueprint.dataRefs.widget;
    const names = [
      createExtensionTester(mlopsMaturityMyTeamServicesWidget).get(widget),
      createExtensionTester(mlopsMaturityCampaignsDueWidget).get(widget),
    ].map(data => [data.name, data.title]);
    expect(names).toEqual([
      ['MlopsMaturityMyTeamServices', 'My team’s ML services'],
      ['MlopsMaturityCampaignsDue', 'Campaigns due'],
    ]);
  });
});
