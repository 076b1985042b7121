/** Unit and integration tests (engine, test host, Excel and xlsx gateways, CLI). Browser tests run apart: npm run test:e2e. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  // A timeout catches a hang, not slowness: CI machines are shared and noisy.
  testTimeout: 30_000,
  transform: { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] },
};
