import * as React from 'react';
import { DefaultButton, ProgressIndicator, Stack, Text } from '@fluentui/react';
import { pick } from '../../engine/i18n';
import { Busy } from '../state';
import { useLocale } from './Locale';

export interface BusyIndicatorProps {
  busy: Busy;
  /** Stops the operation before it writes; offered while it can still be cancelled. */
  onCancel?: () => void;
}

/** The running operation, with the engine's step label when it reported one, and Cancel while nothing was written. */
export function BusyIndicator({ busy, onCancel }: BusyIndicatorProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const label = busy.label ? pick(busy.label, lang) : strings.busy[busy.op];
  const multi = busy.total !== undefined && busy.step !== undefined && busy.total > 1;
  // The last step is the write: from there on there is nothing left to cancel.
  const writing = Boolean(busy.cancellable) && multi && busy.step === busy.total;
  const canCancel = Boolean(onCancel && busy.cancellable) && !writing;
  return (
    <Stack tokens={{ childrenGap: 4 }} data-testid="busy" data-op={busy.op}>
      <ProgressIndicator
        label={label}
        description={multi ? strings.busy.step(busy.step!, busy.total!) : undefined}
        percentComplete={multi ? (busy.step! - 1) / busy.total! : undefined}
        ariaValueText={label}
        progressHidden={false}
      />
      {(canCancel || busy.cancelling) && (
        <DefaultButton
          text={busy.cancelling ? strings.busy.cancelling : strings.busy.cancel}
          onClick={() => onCancel?.()}
          disabled={busy.cancelling}
          allowDisabledFocus
          iconProps={{ iconName: 'Cancel' }}
          data-testid="kring-cancel"
          styles={{ root: { alignSelf: 'flex-start' } }}
        />
      )}
      {writing && !busy.cancelling && (
        <Text variant="small" data-testid="busy-writing">
          {strings.busy.writing}
        </Text>
      )}
    </Stack>
  );
}
