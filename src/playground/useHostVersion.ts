/** Re-renders whenever the test host's workbook changes (syncs and direct edits). */
import * as React from 'react';
import { TestHost } from '../testhost';

export function useHostVersion(host: TestHost): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => host.onChange(() => setVersion((v) => v + 1)), [host]);
  return version;
}
