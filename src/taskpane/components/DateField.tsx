import * as React from 'react';
import { Calendar, Callout, DayOfWeek, defaultCalendarStrings, DirectionalHint, FocusTrapZone, IconButton, ICalendarStrings, mergeStyleSets, TextField } from '@fluentui/react';
import { dateOf, isoOf, parseTypedDate, showDate } from '../dates';
import { useLocale } from './Locale';

export interface DateFieldProps {
  label: string;
  /** ISO date. */
  value: string;
  onChange: (iso: string) => void;
  disabled?: boolean;
  testId: string;
}

const classes = mergeStyleSets({
  row: { display: 'flex', alignItems: 'flex-end', gap: 4 },
  field: { flex: '1 1 auto', minWidth: 0 },
  // The day grid alone (the month picker as an overlay) fits a 320 px pane.
  callout: { maxWidth: 'calc(100vw - 16px)' },
});

/**
 * A date: typed in the user's way (31-12-2026 in Dutch) or picked from a calendar starting on
 * Monday. The text field and the calendar are separate on purpose: what is typed is what is set
 * (committed on Enter or when leaving the field), and the calendar opens only from its button,
 * so it can never take the keystrokes meant for the field and set another date.
 */
export function DateField({ label, value, onChange, disabled, testId }: DateFieldProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const t = strings.date;
  const id = React.useId();
  const [text, setText] = React.useState(() => showDate(value, lang));
  const [error, setError] = React.useState<string | undefined>();
  const [open, setOpen] = React.useState(false);
  const button = React.useRef<HTMLDivElement>(null);

  // A new value from outside (or another language) shows as the user writes it.
  React.useEffect(() => {
    setText(showDate(value, lang));
    setError(undefined);
  }, [value, lang]);

  const calendarStrings = React.useMemo<ICalendarStrings>(
    () => ({
      ...defaultCalendarStrings,
      months: t.months,
      shortMonths: t.shortMonths,
      days: t.days,
      shortDays: t.shortDays,
      goToToday: t.goToToday,
      prevMonthAriaLabel: t.prevMonth,
      nextMonthAriaLabel: t.nextMonth,
      prevYearAriaLabel: t.prevYear,
      nextYearAriaLabel: t.nextYear,
      closeButtonAriaLabel: t.close,
    }),
    [t],
  );

  /** The typed text becomes the date, or an error that keeps the previous date. */
  const commit = () => {
    const iso = parseTypedDate(text);
    if (!iso) {
      setError(t.invalid);
      return;
    }
    setError(undefined);
    setText(showDate(iso, lang));
    if (iso !== value) onChange(iso);
  };

  return (
    <div className={classes.row} data-testid={`${testId}-picker`}>
      <TextField
        className={classes.field}
        label={label}
        value={text}
        placeholder={t.placeholder}
        disabled={disabled}
        errorMessage={error}
        onChange={(_, v) => setText(v ?? '')}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
        data-testid={testId}
      />
      <div ref={button} style={{ marginBottom: error ? 22 : 0 }}>
        <IconButton
          iconProps={{ iconName: 'Calendar' }}
          title={t.openCalendar}
          ariaLabel={`${t.openCalendar}: ${label}`}
          aria-expanded={open}
          aria-haspopup="dialog"
          aria-controls={open ? id : undefined}
          disabled={disabled}
          onClick={() => setOpen(!open)}
          data-testid={`${testId}-calendar`}
        />
      </div>
      {open && (
        <Callout
          id={id}
          role="dialog"
          ariaLabel={label}
          target={button}
          isBeakVisible={false}
          gapSpace={0}
          directionalHint={DirectionalHint.bottomRightEdge}
          className={classes.callout}
          onDismiss={() => setOpen(false)}
          setInitialFocus
        >
          <FocusTrapZone isClickableOutsideFocusTrap>
            <Calendar
              value={dateOf(value)}
              firstDayOfWeek={DayOfWeek.Monday}
              strings={calendarStrings}
              showMonthPickerAsOverlay
              highlightSelectedMonth
              showGoToToday
              onSelectDate={(date) => {
                setOpen(false);
                if (date) onChange(isoOf(date));
              }}
              onDismiss={() => setOpen(false)}
            />
          </FocusTrapZone>
        </Callout>
      )}
    </div>
  );
}
