import { normaliseSourceUrl } from '@/lib/domain/source-url';
import type { Block } from './blocks';
import { isBareCapitals, isHeadingLike, isOutletLabel, isTitleForm, mayBeCountryHeading } from './block-roles';
import { unknownHeadingIssue, type CountryIndex } from './countries';
import { endsSentence, isCountryShaped } from './text-shape';
import type { ParsedArticle, ParseIssue } from './types';

interface Draft {
  line: number;
  countryCode: string | null;
  outlet: string;
  title: string;
  paragraphs: string[];
  sources: string[];
  /** "no body" was already reported when the title was read. */
  bodyless: boolean;
}

export interface ArticlesResult {
  articles: ParsedArticle[];
  errors: ParseIssue[];
  warnings: ParseIssue[];
}

/** «First words of a long text…», for messages. */
export function quote(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `«${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}»`;
}

/**
 * Reads the country sections: headings, outlet labels, titles, paragraphs (rejoined across page
 * breaks) and source links. `blocks` is the body only: front matter and back cover already cut off.
 */
export function readArticles(blocks: Block[], countries: CountryIndex): ArticlesResult {
  const articles: ParsedArticle[] = [];
  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  const sectionsSeen = new Set<string>();
  let country: string | null = null;
  let inUnknownSection = false;
  let outlet = '';
  let current: Draft | null = null;

  const finish = () => {
    if (current === null) return;
    const draft: Draft = current;
    current = null;
    if (draft.paragraphs.length === 0) {
      if (!draft.bodyless) errors.push({ line: draft.line, message: `article ${quote(draft.title)} has no body` });
      return;
    }
    if (draft.countryCode === null) return;
    if (draft.sources.length === 0) {
      warnings.push({ line: draft.line, message: `article ${quote(draft.title || draft.paragraphs[0]!)} has no source link` });
    }
    articles.push({
      line: draft.line,
      countryCode: draft.countryCode,
      outlet: draft.outlet,
      title: draft.title,
      untitled: draft.title === '',
      body: draft.paragraphs.join('\n\n'),
      sources: draft.sources,
    });
  };

  const start = (line: number, title: string, what: string) => {
    finish();
    if (country === null && !inUnknownSection) {
      errors.push({ line, message: `article ${quote(what)} comes before any country heading` });
    }
    current = { line, countryCode: country, outlet, title, paragraphs: [], sources: [], bodyless: false };
    outlet = '';
    return current;
  };

  const unknownHeading = (block: Block) => {
    finish();
    errors.push(unknownHeadingIssue(block.line, block.text, countries));
    country = null;
    inUnknownSection = true;
  };

  const isCountry = (block: Block) => mayBeCountryHeading(block) && countries.match(block.text) !== null;

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    const draft = current as Draft | null;
    const atSectionPosition = draft === null || draft.sources.length > 0;

    if (block.kind === 'source') {
      if (draft === null) {
        errors.push({ line: block.line, message: `source link ${quote(block.text)} does not belong to any article` });
        continue;
      }
      block.links.forEach((link, k) => {
        const check = normaliseSourceUrl(link);
        if (check.ok) draft.sources.push(check.url);
        else errors.push({ line: block.lines[k]!.no, message: `invalid source link ${quote(link)}` });
      });
      continue;
    }

    // A bare line that continues a paragraph cut by a page break ("…the dialog with" / "Turkmenistan") is text.
    const lastParagraph = draft && draft.sources.length === 0 ? draft.paragraphs[draft.paragraphs.length - 1] : undefined;
    const continuesParagraph = block.kind === 'text' && lastParagraph !== undefined && !endsSentence(lastParagraph);
    const code = mayBeCountryHeading(block) && !continuesParagraph ? countries.match(block.text) : null;
    if (code !== null) {
      finish();
      if (sectionsSeen.has(code)) {
        warnings.push({ line: block.line, message: `second section for ${quote(block.text)} (${code}): its articles join that country` });
      }
      sectionsSeen.add(code);
      country = code;
      inUnknownSection = false;
      outlet = '';
      continue;
    }

    if (isHeadingLike(block)) {
      const nextIsHeading = next !== undefined && isHeadingLike(next);
      if (isOutletLabel(block) && next !== undefined && isTitleForm(next) && !isCountry(next)) {
        finish();
        outlet = block.text;
        continue;
      }
      if (isBareCapitals(block)) {
        if (atSectionPosition || nextIsHeading) {
          unknownHeading(block);
          continue;
        }
        // A line in capitals inside an article's paragraphs is text.
      } else {
        if (nextIsHeading && isCountryShaped(block.text)) {
          unknownHeading(block);
          continue;
        }
        const article = start(block.line, block.text, block.text);
        if (next === undefined || next.kind === 'source' || nextIsHeading) {
          errors.push({ line: block.line, message: `article ${quote(block.text)} has no body` });
          article.bodyless = true;
        }
        continue;
      }
    }

    const paragraph = block.lines.map((l) => l.text).join(' ');
    let article: Draft;
    if (draft === null || draft.sources.length > 0) {
      // A paragraph where a title should stand: an article whose title was lost.
      article = start(block.line, '', paragraph);
      warnings.push({ line: block.line, message: `article without a title, imported as untitled: ${quote(paragraph)}` });
    } else {
      article = draft;
    }
    const last = article.paragraphs.length - 1;
    if (last >= 0 && !endsSentence(article.paragraphs[last]!)) {
      // A page break split the paragraph: it goes on in this block.
      article.paragraphs[last] = `${article.paragraphs[last]} ${paragraph}`;
    } else {
      article.paragraphs.push(paragraph);
    }
  }
  finish();
  return { articles, errors, warnings };
}
