import * as React from 'react';
import { DefaultButton, Link, PrimaryButton, Stack, Text } from '@fluentui/react';
import { useLocale } from './Locale';

export interface WelcomeProps {
  disabled: boolean;
  onCreateInputSheets: () => void;
  onOpenSample: () => void;
  onRefresh: () => void;
}

/** A workbook without Kring's input sheets: what Kring does, and how to start. */
export function Welcome({ disabled, onCreateInputSheets, onOpenSample, onRefresh }: WelcomeProps): React.ReactElement {
  const { strings } = useLocale();
  const s = strings.welcome;
  return (
    <Stack as="section" tokens={{ childrenGap: 12 }} aria-labelledby="kring-welcome-heading">
      <Text as="h2" variant="large" id="kring-welcome-heading" styles={{ root: { margin: 0 } }}>
        {s.heading}
      </Text>
      {s.intro.map((line) => (
        <Text as="p" key={line} styles={{ root: { margin: 0 } }}>
          {line}
        </Text>
      ))}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={s.createSheets} onClick={onCreateInputSheets} disabled={disabled} aria-describedby="kring-create-hint" iconProps={{ iconName: 'AddTo' }} />
        <DefaultButton text={s.openSample} onClick={onOpenSample} disabled={disabled} aria-describedby="kring-sample-hint" iconProps={{ iconName: 'OpenFile' }} />
      </Stack>
      <Text as="p" variant="small" id="kring-create-hint" styles={{ root: { margin: 0 } }}>
        <strong>{s.createSheets}:</strong> {s.createSheetsHint}
      </Text>
      <Text as="p" variant="small" id="kring-sample-hint" styles={{ root: { margin: 0 } }}>
        <strong>{s.openSample}:</strong> {s.openSampleHint}
      </Text>
      <Link onClick={onRefresh} disabled={disabled}>
        {strings.refresh}
      </Link>
    </Stack>
  );
}
