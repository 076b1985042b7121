import * as React from 'react';
import { FontIcon, mergeStyleSets, Text, getTheme } from '@fluentui/react';
import { useLocale } from './Locale';

const theme = getTheme();
const classes = mergeStyleSets({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: 10,
    padding: '12px 16px',
    background: '#1F7A6D',
    color: theme.palette.white,
  },
  icon: { fontSize: 24 },
  title: { margin: 0, fontSize: 20, fontWeight: 600, color: theme.palette.white },
  tagline: { color: theme.palette.white, display: 'block' },
});

export function Header(): React.ReactElement {
  const { strings } = useLocale();
  return (
    <header className={classes.header}>
      <FontIcon iconName="Org" className={classes.icon} aria-hidden="true" />
      <div>
        <h1 className={classes.title}>{strings.appName}</h1>
        <Text variant="small" className={classes.tagline}>
          {strings.tagline}
        </Text>
      </div>
    </header>
  );
}
