import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { Notice } from '../state';
import { useLocale } from './Locale';

/**
 * What the last command changed in the workbook. It takes the focus when it appears: the button
 * that was pressed (Maak invoerbladen, Open voorbeeld) is gone with the welcome screen.
 */
export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }): React.ReactElement {
  const { strings } = useLocale();
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    ref.current?.focus();
  }, [notice]);
  const text =
    notice.kind === 'created'
      ? strings.created(notice.count)
      : notice.kind === 'sampleOpened'
        ? strings.sampleOpened(notice.count, notice.filled)
        : notice.kind === 'cancelled'
          ? strings.cancelled
          : strings.nothingCreated;
  return (
    <div ref={ref} tabIndex={-1} style={{ outline: 'none' }} data-testid="notice-focus">
      <MessageBar
        messageBarType={notice.kind === 'cancelled' ? MessageBarType.warning : MessageBarType.success}
        isMultiline
        onDismiss={onDismiss}
        dismissButtonAriaLabel={strings.dismiss}
        data-testid="notice"
        data-kind={notice.kind}
      >
        {text}
      </MessageBar>
    </div>
  );
}
