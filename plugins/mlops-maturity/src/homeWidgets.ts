/**
 * The home-page widgets' names, titles and layouts, shared by the legacy
 * card extensions and the new frontend system's widget extensions; the
 * names are what a home page's `defaultConfig` refers to.
 */
export const homeWidgets = {
  myTeamServices: {
    name: 'MlopsMaturityMyTeamServices',
    title: 'My team’s ML services',
    description:
      'The ML services your teams own, with their maturity level and target',
    layout: {
      width: { minColumns: 4, defaultColumns: 6 },
      height: { minRows: 4, defaultRows: 6 },
    },
  },
  campaignsDue: {
    name: 'MlopsMaturityCampaignsDue',
    title: 'Campaigns due',
    description: 'Open maturity campaigns, the nearest deadline first',
    layout: {
      width: { minColumns: 4, defaultColumns: 6 },
      height: { minRows: 4, defaultRows: 6 },
    },
  },
} as const;
