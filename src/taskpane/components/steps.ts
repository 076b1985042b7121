/**
 * The method's steps after Controleren, loaded as chunks of their own: the pane's initial
 * JavaScript holds only what the first screen needs (the workbook at a glance and the check).
 */
import * as React from 'react';

export const Pairing = React.lazy(() => import('./Pairing').then((m) => ({ default: m.Pairing })));
export const Maps = React.lazy(() => import('./Maps').then((m) => ({ default: m.Maps })));
export const Evaluate = React.lazy(() => import('./Evaluate').then((m) => ({ default: m.Evaluate })));
export const Intervisie = React.lazy(() => import('./Intervisie').then((m) => ({ default: m.Intervisie })));
export const Loneliness = React.lazy(() => import('./Loneliness').then((m) => ({ default: m.Loneliness })));
export const Results = React.lazy(() => import('./Results').then((m) => ({ default: m.Results })));
export const PrivacyActions = React.lazy(() => import('./PrivacyActions').then((m) => ({ default: m.PrivacyActions })));
export const SettingsPanel = React.lazy(() => import('./SettingsPanel').then((m) => ({ default: m.SettingsPanel })));
export const Intake = React.lazy(() => import('./Intake').then((m) => ({ default: m.Intake })));
