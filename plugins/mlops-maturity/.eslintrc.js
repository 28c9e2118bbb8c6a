// The components are grouped by feature: a
// feature folder imports its own files, shared/ and the package's
// non-component modules (api/, hooks/, format/, translation, routes, ...),
// never another feature's files nor pages/, which composes the features.
const features = ['entity', 'scorecard', 'campaigns', 'levels'];
const components = './src/components';

const zones = [
  ...features.map(feature => ({
    target: `${components}/${feature}`,
    from: [...features.filter(other => other !== feature), 'pages'].map(
      other => `${components}/${other}`,
    ),
    message: `The ${feature} feature may import only its own files, components/shared and the non-component modules; move what two features use to components/shared (or hooks/, format/).`,
  })),
  {
    target: `${components}/shared`,
    from: [...features, 'pages'].map(other => `${components}/${other}`),
    message:
      'components/shared is used by the features: it imports no feature and not pages/.',
  },
];

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  // The rule resolves each import to a file: without the TypeScript
  // extensions it resolves none, and forbids nothing.
  settings: {
    'import/resolver': { node: { extensions: ['.js', '.jsx', '.ts', '.tsx'] } },
  },
  rules: {
    'import/no-restricted-paths': ['error', { basePath: __dirname, zones }],
  },
});
