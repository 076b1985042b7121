import * as React from 'react';

/** Focuses the element when `round` changes to a new result (not when the view is first shown). */
export function useFocusOnNew(round: number | undefined): React.RefObject<HTMLDivElement> {
  const ref = React.useRef<HTMLDivElement>(null);
  const seen = React.useRef(round);
  React.useEffect(() => {
    if (round !== undefined && round !== seen.current) ref.current?.focus();
    seen.current = round;
  }, [round]);
  return ref;
}
