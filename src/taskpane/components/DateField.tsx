import * as React from 'react';
import { DatePicker, DayOfWeek, defaultDatePickerStrings, IDatePickerStrings, ITextFieldProps } from '@fluentui/react';
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

/** A date: typed in the user's way (31-12-2026 in Dutch) or picked from a calendar starting on Monday. */
export function DateField({ label, value, onChange, disabled, testId }: DateFieldProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const t = strings.date;
  const pickerStrings = React.useMemo<IDatePickerStrings>(
    () => ({
      ...defaultDatePickerStrings,
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
      invalidInputErrorMessage: t.invalid,
      isRequiredErrorMessage: t.invalid,
    }),
    [t],
  );
  return (
    <DatePicker
      label={label}
      value={dateOf(value)}
      onSelectDate={(date) => date && onChange(isoOf(date))}
      formatDate={(date) => (date ? showDate(isoOf(date), lang) : '')}
      // A typed date that cannot be read keeps the previous one (and Fluent shows the error).
      parseDateFromString={(text) => {
        const iso = parseTypedDate(text);
        return iso ? dateOf(iso) : null;
      }}
      allowTextInput
      firstDayOfWeek={DayOfWeek.Monday}
      strings={pickerStrings}
      placeholder={t.placeholder}
      ariaLabel={label}
      disabled={disabled}
      textField={{ 'data-testid': testId } as ITextFieldProps}
      data-testid={`${testId}-picker`}
    />
  );
}
