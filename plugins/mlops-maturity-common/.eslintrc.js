module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    // fast-check's fc.assert throws on a counterexample: it is an assertion.
    'jest/expect-expect': [
      'warn',
      { assertFunctionNames: ['expect', 'fc.assert'] },
    ],
  },
});
