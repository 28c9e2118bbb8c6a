// The backend's layers: doors (router/, actions/) call services
// (service/*Service.ts), which call stores (database/). Stores never import
// services nor doors (nor events/); services and the parts beside them
// (visibility/, evidence/, reminders/, events/) never import doors.
const doors = ['./src/router/**', './src/actions/**'];
const services = ['./src/service/*Service.ts'];

const zones = [
  {
    target: './src/database',
    from: [...doors, ...services, './src/events/**'],
    message:
      'A store imports no service and no door (router/, actions/): pass what it needs as arguments.',
  },
  {
    // Its tests may use the real visibility conditions.
    target: './src/database/!(*.test).ts',
    from: ['./src/visibility/**'],
    message:
      'A store takes a RowRestriction (database/RowRestriction.ts), not visibility/.',
  },
  ...['service', 'visibility', 'evidence', 'reminders', 'events'].map(layer => ({
    target: `./src/${layer}`,
    from: doors,
    message: `${layer}/ is below the doors: it imports nothing of router/ or actions/; move what both use to service/ or validation/.`,
  })),
];

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  // The rule resolves each import to a file: without the TypeScript
  // extensions it resolves none, and forbids nothing.
  settings: {
    'import/resolver': { node: { extensions: ['.js', '.ts'] } },
  },
  rules: {
    'import/no-restricted-paths': ['error', { basePath: __dirname, zones }],
  },
});
