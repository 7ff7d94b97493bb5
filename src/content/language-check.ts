// Whether a text reads as English: the extraction's rules are written for English news, so an
// article in another language gets a warning instead of a silently empty briefing.
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'this',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'he', 'she', 'they', 'his', 'her',
  'their', 'said', 'not', 'as', 'will', 'would', 'who', 'which',
]);

/** Share of the words that are English function words; null when the text is too short to tell. */
export function englishShare(text: string): number | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return null;
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length;
}

/** English news runs at 30-45% function words; below this the text is most likely in another language. */
export const ENGLISH_THRESHOLD = 0.08;
