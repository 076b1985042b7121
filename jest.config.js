/** Unit and integration tests (engine, test host, Excel and xlsx gateways, CLI). Browser tests run apart: npm run test:e2e. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] },
};
