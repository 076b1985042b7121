import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { ErrorKind } from '../errors';
import { useLocale } from './Locale';

/** An operation failed: what happened and what to do, in plain language. */
export function ErrorBar({ error, onDismiss }: { error: ErrorKind; onDismiss: () => void }): React.ReactElement {
  const { strings } = useLocale();
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline onDismiss={onDismiss} dismissButtonAriaLabel={strings.dismiss} data-testid="error-bar">
      <strong>{strings.errors.title}</strong> {strings.errors[error]}
    </MessageBar>
  );
}
