/**
 * The playground (playground.html): Kring's real task pane beside the strict Excel test host's
 * in-memory workbook, with the sample loaded. Loads nothing external (no office.js).
 *
 *   playground.html              Dutch, sample loaded
 *   playground.html?lang=en      English (Office's display language en-US)
 *   playground.html?start=empty  an empty workbook
 *   playground.html?pane=320     the pane at 320 px
 *   playground.html?api=1.7      the host at another ExcelApi version (default 1.20; 1.7 is the manifest's minimum)
 *   playground.html?slow=800     every workbook call of the pane waits 800 ms first (to try Cancel)
 *
 * For tests: window.kringPlayground.host is the current test host; ready resolves when the
 * workbook is there; reset('sample' | 'empty') starts again.
 */
import * as React from 'react';
import { createRoot, Root } from 'react-dom/client';
import { initializeIcons } from '@fluentui/react';
import { TestHost } from '../testhost';
import { uiLang } from '../taskpane/lang';
import { Playground } from './Playground';
import { apiVersionOf, createSession, Session, Start } from './session';
import { playgroundStrings } from './strings';

export interface KringPlayground {
  /** The test host of the current workbook. */
  readonly host: TestHost | undefined;
  readonly session: Session | null;
  /** Resolves when the current workbook is ready. */
  ready: Promise<void>;
  reset(start: Start): Promise<void>;
}

declare global {
  interface Window {
    kringPlayground: KringPlayground;
  }
}

// The icon font comes from dist/fonts/, never from a CDN.
initializeIcons('fonts/');

const params = new URLSearchParams(window.location.search);
const lang = uiLang(params.get('lang') ?? 'nl-NL');
const paneWidth = Math.max(280, Math.min(800, Number(params.get('pane')) || 350));
const apiVersion = apiVersionOf(params.get('api'));
const slowMs = Math.max(0, Math.min(10_000, Number(params.get('slow')) || 0));
const strings = playgroundStrings(lang);
document.documentElement.lang = lang;

let session: Session | null = null;
let failed = false;
let root: Root | undefined;

function render(): void {
  root?.render(<Playground strings={strings} paneWidth={paneWidth} apiVersion={apiVersion} session={session} failed={failed} onRestart={(start) => void restart(start)} />);
}

async function restart(start: Start): Promise<void> {
  session = null;
  failed = false;
  render();
  try {
    session = await createSession(start, lang, { apiVersion, slowMs });
  } catch (error) {
    console.error('Kring playground: could not create the workbook', error);
    failed = true;
  }
  render();
}

const playground: KringPlayground = {
  get host() {
    return session?.host;
  },
  get session() {
    return session;
  },
  ready: Promise.resolve(),
  reset(start) {
    playground.ready = restart(start);
    return playground.ready;
  },
};
window.kringPlayground = playground;

const container = document.getElementById('container');
if (container) {
  root = createRoot(container);
  void playground.reset(params.get('start') === 'empty' ? 'empty' : 'sample');
}
