/**
 * Dropdown lists (data validation of type list), decided once for both gateways and for columns
 * and cell blocks alike. A list is typed into the rule as one comma-separated text, which Excel
 * limits to 255 characters and which cannot hold an item with a comma; a list that does not fit
 * is left out (the Excel gateway says so in a warning) rather than written as a rule Excel refuses.
 */

/** Excel's limit on a list typed into a validation rule. */
export const LIST_SOURCE_MAX = 255;

/** Excel's limits on a validation rule's input message. */
export const PROMPT_TITLE_MAX = 32;
export const PROMPT_MESSAGE_MAX = 255;

/** How a dropdown list is written: its inline source, or why it is left out. */
export type ListSource = { source: string } | { problem: string };

/** The dropdown for a list, or undefined when there is no list (null, empty). */
export function listSource(list: readonly string[] | null | undefined): ListSource | undefined {
  if (!list?.length) return undefined;
  const source = list.join(',');
  if (source.length > LIST_SOURCE_MAX || list.some((item) => item.includes(','))) {
    return { problem: `list longer than ${LIST_SOURCE_MAX} characters or items with commas` };
  }
  return { source };
}
