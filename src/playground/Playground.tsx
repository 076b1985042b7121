import * as React from 'react';
import { getTheme, MessageBar, MessageBarType, mergeStyleSets, Spinner, ThemeProvider } from '@fluentui/react';
import { App } from '../taskpane/components/App';
import { Session, Start } from './session';
import { PlaygroundStrings } from './strings';
import { OpenedWorkbooks } from './OpenedWorkbooks';
import { Toolbar } from './Toolbar';
import { WorkbookView } from './WorkbookView';

const theme = getTheme();
const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', height: '100vh' },
  body: { display: 'flex', flex: 1, minHeight: 0 },
  pane: { flex: 'none', overflowY: 'auto', overflowX: 'hidden', borderRight: `1px solid ${theme.palette.neutralTertiaryAlt}` },
  spinner: { padding: 24 },
});

export interface PlaygroundProps {
  strings: PlaygroundStrings;
  /** Width of the task pane in pixels (Excel's default pane is about 350). */
  paneWidth: number;
  /** The ExcelApi version the host runs. */
  apiVersion: string;
  session: Session | null;
  failed: boolean;
  onRestart: (start: Start) => void;
}

/** The real task pane on the left, the in-memory workbook on the right. */
export function Playground({ strings, paneWidth, apiVersion, session, failed, onRestart }: PlaygroundProps): React.ReactElement {
  return (
    <ThemeProvider className={classes.root}>
      <Toolbar strings={strings} apiVersion={apiVersion} disabled={!session} onResetSample={() => onRestart('sample')} onEmptyWorkbook={() => onRestart('empty')} />
      {failed && <MessageBar messageBarType={MessageBarType.error}>{strings.failed}</MessageBar>}
      {session && <OpenedWorkbooks key={session.id} host={session.host} strings={strings} />}
      <div className={classes.body}>
        <div className={classes.pane} style={{ width: paneWidth }} data-testid="playground-pane">
          {session ? <App key={session.id} ops={session.ops} lang={session.lang} /> : <Spinner className={classes.spinner} label={strings.loading} />}
        </div>
        {session && <WorkbookView key={session.id} host={session.host} strings={strings} />}
      </div>
    </ThemeProvider>
  );
}

