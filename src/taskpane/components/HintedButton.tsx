import { DefaultButton, mergeStyleSets, PrimaryButton, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { CompactContext } from './ActionBar';

const classes = mergeStyleSets({
  p: { margin: 0 },
  // Out of sight but still the button's description for screen readers.
  hidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface HintedButtonProps {
  text: string;
  hint: string;
  /** Id of the hint, which the button names as its description for screen readers. */
  hintId: string;
  icon: string;
  onClick: () => void;
  disabled: boolean;
  testId: string;
  primary?: boolean;
  /** The hint is shown elsewhere (e.g. below an action bar); the button still names it as its description. */
  hintElsewhere?: boolean;
}

/** A step's action: the button, and below it one line that says what it will write. */
export function HintedButton({ text, hint, hintId, icon, onClick, disabled, testId, primary, hintElsewhere }: HintedButtonProps): JSX.Element {
  const Button = primary ? PrimaryButton : DefaultButton;
  const compact = React.useContext(CompactContext);
  if (hintElsewhere || compact) {
    const button = <Button text={text} onClick={onClick} disabled={disabled} allowDisabledFocus aria-describedby={hintId} iconProps={{ iconName: icon }} data-testid={testId} />;
    if (hintElsewhere) return button;
    return (
      <>
        {button}
        <span id={hintId} className={classes.hidden}>
          {hint}
        </span>
      </>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Button
        text={text}
        onClick={onClick}
        disabled={disabled}
        allowDisabledFocus
        aria-describedby={hintId}
        iconProps={{ iconName: icon }}
        data-testid={testId}
        styles={{ root: { alignSelf: 'flex-start' } }}
      />
      <Text as="p" variant="small" id={hintId} className={classes.p}>
        {hint}
      </Text>
    </Stack>
  );
}
