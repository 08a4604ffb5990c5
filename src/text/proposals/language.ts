/** Whether a text is English, the only language the reader's model knows: by the share of common English words. */
const COMMON = new Set(
  'the of and to a in is that it for was on are as with be by at this have from or not but had his they he she we you i an were which their has been would will there what all can if its one who do no said more about so my your our them than also these could into only other after when'.split(
    ' ',
  ),
);

export type Language = 'en' | 'unsupported' | 'undetermined';

/** 'en' when enough of its words are common English ones, 'unsupported' when they are not, 'undetermined' for too few words. */
export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) {
    if (words.length === 0) return 'undetermined';
    return words.some((w) => COMMON.has(w)) || words.every((w) => /^[a-z]+$/.test(w)) ? 'en' : 'undetermined';
  }
  const common = words.filter((w) => COMMON.has(w)).length;
  return common / words.length >= 0.12 ? 'en' : 'unsupported';
}
