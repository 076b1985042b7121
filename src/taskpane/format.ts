/** How the pane words a problem's place: "Cliënten, rij 7, kolom Naam". */
import { Problem } from '../engine/problems';
import { Strings } from './strings';

export function problemPlace(p: Problem, strings: Strings): string {
  const parts = [p.sheet];
  if (p.row !== null) parts.push(`${strings.check.row} ${p.row}`);
  if (p.column) parts.push(`${strings.check.column} ${p.column}`);
  if (p.row === null && !p.column) parts.push(strings.check.wholeSheet);
  return parts.join(', ');
}

/** A stable React key for a problem in a list. */
export function problemKey(p: Problem, index: number): string {
  return `${p.severity}|${p.sheet}|${p.row ?? ''}|${p.column ?? ''}|${index}`;
}
