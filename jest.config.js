// Jest runs the TypeScript sources directly as native ESM, transformed by SWC.

// jsdom 29 depends on packages that ship only ES modules, which Jest on Node 20 cannot load as
// such; SWC compiles them to CommonJS for the test run.
const esmOnly = '(@exodus/bytes|parse5|entities|@asamuzakjp/[^/]+|@csstools/[^/]+)';

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
    [`/node_modules/${esmOnly}/.+\\.m?js$`]: ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!${esmOnly}/)`],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/{core,store,loaders,server,cli,test,eval,client}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/e2e/'],
  testTimeout: 60000,
};
