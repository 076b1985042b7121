import * as React from 'react';
import { DefaultButton, Stack, Text, TextField } from '@fluentui/react';
import { PlaygroundStrings } from './strings';

export interface CellBarProps {
  strings: PlaygroundStrings;
  address: string | undefined;
  value: string;
  onEnter: (input: string) => void;
}

/** Like Excel's formula bar: the selected cell and what to type into it (typed as a user would). */
export function CellBar({ strings, address, value, onEnter }: CellBarProps): React.ReactElement {
  const [input, setInput] = React.useState(value);
  React.useEffect(() => setInput(value), [address, value]);
  const enter = () => onEnter(input);
  return (
    <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8, padding: '4px 8px' }}>
      <Text variant="small" styles={{ root: { minWidth: 90 } }} data-testid="playground-cell">
        {strings.cell}: {address ?? '—'}
      </Text>
      <TextField
        ariaLabel={strings.cellInput}
        value={input}
        disabled={!address}
        onChange={(_, v) => setInput(v ?? '')}
        onKeyDown={(e) => {
          if (e.key === 'Enter') enter();
        }}
        styles={{ root: { flexGrow: 1, maxWidth: 480 } }}
      />
      <DefaultButton text={strings.apply} onClick={enter} disabled={!address} />
    </Stack>
  );
}
