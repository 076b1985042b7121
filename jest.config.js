/** Unit and integration tests (engine, test host, Excel and xlsx gateways, CLI). Browser tests run apart: npm run test:e2e. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  // A timeout catches a hang, not slowness: CI machines are shared and noisy.
  testTimeout: 120_000,
  // Each test file loads Microsoft's office.js afresh and some of it stays reachable; in one long-lived
  // process that added up past the heap limit. A worker above this is replaced between files.
  workerIdleMemoryLimit: '1GB',
  transform: { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] },
};
