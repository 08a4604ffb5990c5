/** HTML reduced to the text a reader sees (paragraphs and line breaks kept as lines), before the text is read. */
import { convert } from 'html-to-text';

export function textFromHtml(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether a text looks like HTML rather than plain text (a tag near its start or many tags). */
export const looksLikeHtml = (text: string): boolean =>
  /^\s*<(!doctype|html|head|body|div|p|span|article|br)\b/i.test(text) || (text.match(/<\/?[a-z][^>]*>/gi) ?? []).length > 5;
