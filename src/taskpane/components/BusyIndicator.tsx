import * as React from 'react';
import { ProgressIndicator } from '@fluentui/react';
import { pick } from '../../engine/i18n';
import { Busy } from '../state';
import { useLocale } from './Locale';

/** The running operation, with the engine's step label when it reported one. */
export function BusyIndicator({ busy }: { busy: Busy }): React.ReactElement {
  const { lang, strings } = useLocale();
  const label = busy.label ? pick(busy.label, lang) : strings.busy[busy.op];
  const multi = busy.total !== undefined && busy.step !== undefined && busy.total > 1;
  return (
    <ProgressIndicator
      label={label}
      description={multi ? strings.busy.step(busy.step!, busy.total!) : undefined}
      percentComplete={multi ? (busy.step! - 1) / busy.total! : undefined}
      ariaValueText={label}
      progressHidden={false}
    />
  );
}
