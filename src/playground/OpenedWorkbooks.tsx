import * as React from 'react';
import { Link, MessageBar, MessageBarType } from '@fluentui/react';
import { TestHost } from '../testhost';
import { PlaygroundStrings } from './strings';
import { useHostVersion } from './useHostVersion';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function bytesOf(base64: string): Uint8Array {
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/**
 * Excel opens a workbook the pane creates (the access workbook) in a window of its own; the
 * playground has none, so it offers the file to download, made in the browser from what the
 * host received.
 */
export function OpenedWorkbooks({ host, strings }: { host: TestHost; strings: PlaygroundStrings }): React.ReactElement | null {
  useHostVersion(host);
  const files = host.stats.openedWorkbooks;
  const [seen, setSeen] = React.useState(files.length);
  const latest = files.length > seen ? files[files.length - 1] : null;
  const url = React.useMemo(() => (latest ? URL.createObjectURL(new Blob([bytesOf(latest)], { type: XLSX_TYPE })) : null), [latest]);
  React.useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  if (!url) return null;
  return (
    <MessageBar messageBarType={MessageBarType.info} onDismiss={() => setSeen(files.length)} dismissButtonAriaLabel={strings.close} data-testid="playground-opened">
      {strings.opened}{' '}
      <Link href={url} download={strings.openedFile}>
        {strings.download}
      </Link>
    </MessageBar>
  );
}
