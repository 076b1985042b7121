/**
 * The task pane's entry point (taskpane.html, which loads office.js from Microsoft's CDN):
 * renders Kring's pane once Office is ready.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { initializeIcons } from '@fluentui/react';
import { App } from './components/App';
import { uiLang } from './lang';
import { createOfficeOps } from './officeOps';
import { stringsFor } from './strings';

// The icon font is served with the add-in (dist/fonts/), never from a CDN.
initializeIcons('fonts/');

const container = document.getElementById('container');

if (container && typeof Office === 'undefined') {
  // office.js did not load: the page was opened outside Office (or offline).
  const lang = uiLang(navigator.language);
  document.documentElement.lang = lang;
  container.textContent = stringsFor(lang).outsideOffice;
} else if (container) {
  Office.onReady(() => {
    const lang = uiLang(Office.context.displayLanguage);
    document.documentElement.lang = lang;
    createRoot(container).render(<App ops={createOfficeOps(lang)} lang={lang} />);
  });
}
