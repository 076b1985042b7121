import * as React from 'react';
import { DefaultButton, getTheme, mergeStyleSets, Stack, Text } from '@fluentui/react';
import { PlaygroundStrings } from './strings';

const theme = getTheme();
const classes = mergeStyleSets({
  bar: { padding: '6px 10px', borderBottom: `1px solid ${theme.palette.neutralTertiaryAlt}`, background: theme.palette.neutralLighterAlt },
  title: { margin: 0, fontSize: 16, fontWeight: 600 },
});

export interface ToolbarProps {
  strings: PlaygroundStrings;
  apiVersion: string;
  disabled: boolean;
  onResetSample: () => void;
  onEmptyWorkbook: () => void;
}

/** Start again with the sample or with an empty workbook. */
export function Toolbar({ strings, apiVersion, disabled, onResetSample, onEmptyWorkbook }: ToolbarProps): React.ReactElement {
  return (
    <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }} className={classes.bar} role="toolbar" aria-label={strings.title}>
      <h1 className={classes.title}>{strings.title}</h1>
      <DefaultButton text={strings.resetSample} onClick={onResetSample} disabled={disabled} iconProps={{ iconName: 'Refresh' }} />
      <DefaultButton text={strings.emptyWorkbook} onClick={onEmptyWorkbook} disabled={disabled} iconProps={{ iconName: 'Page' }} />
      <Text variant="small">{strings.note}</Text>
      <Text variant="small" data-testid="playground-api">
        {strings.apiVersion(apiVersion)}
      </Text>
    </Stack>
  );
}
