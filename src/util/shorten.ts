/** How many code points of a name are kept where it only refers to a thing shown in full elsewhere. */
export const REFERENCE_LENGTH = 200;

/**
 * The text cut to at most `max` code points, with `…` when cut. Used where a plan title or an owner's name
 * is repeated as a reference (in every calendar event, every due line): repeated in full, one 5 MB title
 * made a 165 MB calendar.
 */
export function shorten(text: string, max = REFERENCE_LENGTH): string {
  if (text.length <= max) return text;
  let end = 0;
  let count = 0;
  while (end < text.length && count < max) {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1;
    count += 1;
  }
  return end >= text.length ? text : `${text.slice(0, end)}…`;
}
