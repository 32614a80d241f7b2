import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { webLinkTarget } from '@/lib/domain/source-url';

/** What a captured page offers a draft. */
export interface ExtractedPage {
  /** og:title, else the JSON-LD headline, else Readability's title (the <title> without the site name). */
  title: string;
  /** ISO 8601 in UTC (or YYYY-MM-DD when the page gives only a day); null when the page names no date. */
  publishedAt: string | null;
  /** The main text (Readability), one paragraph per block, separated by a blank line. */
  text: string;
  /** og:description, else the meta description, else the JSON-LD description; null when none. */
  description: string | null;
  /** og:site_name, else JSON-LD publisher, else Readability's guess; null when none. */
  siteName: string | null;
  /** og:image as an absolute http(s) URL; null when missing or of another scheme. */
  image: string | null;
  /** The primary language subtag of <html lang> (e.g. "ru" for "ru-RU"), lower case; null when missing. */
  language: string | null;
}

/**
 * Readability's cost grows quickly with the page (a hostile page of 40,000 elements held the event loop
 * for seconds), so it runs only on pages of at most this many elements once scripts, styles, menus and
 * footers are removed; a bigger page keeps the plain paragraphs of its <article>, <main> or <body>.
 * News pages have a few thousand.
 */
const MAX_ELEMENTS = 6_000;
/** Readability slows to minutes on elements nested thousands deep (a hostile page); real pages nest a few dozen. */
const MAX_DEPTH = 250;
/** Characters of HTML parsed at most (metadata and the article come first; the fetch stops at 5 MB). */
const MAX_HTML_CHARS = 2_000_000;
/**
 * Never part of the main text; removed before Readability counts and reads the page. (Not <form>:
 * ASP.NET WebForms sites, common among ministries, wrap the whole page in one.)
 */
const NOT_CONTENT = 'script, style, noscript, template, svg, iframe, object, embed, nav, footer, select, button';

/**
 * Reads a fetched HTML page: its metadata (Open Graph, article:*, JSON-LD, <time>) and its main text
 * (@mozilla/readability over linkedom, which runs no script and loads nothing). `pageUrl` is the
 * final URL after redirects; relative image URLs are resolved against it (or the page's <base>).
 */
export function extractPage(html: string, pageUrl: string): ExtractedPage {
  const { document } = parseHTML(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html);
  const meta = metaTags(document);
  const jsonLd = jsonLdObjects(document);
  const base = baseUrl(document, pageUrl);

  const metadata = {
    title: first(meta.get('og:title'), meta.get('twitter:title'), jsonLdString(jsonLd, 'headline'), jsonLdString(jsonLd, 'name')),
    publishedAt: publishedAtOf(document, meta, jsonLd),
    description: first(meta.get('og:description'), meta.get('description'), meta.get('twitter:description'), jsonLdString(jsonLd, 'description')),
    siteName: first(meta.get('og:site_name'), jsonLdPublisher(jsonLd), meta.get('application-name')),
    image: imageOf(meta, jsonLd, base),
    language: languageOf(document, meta),
  };
  const fallbackTitle = clean(document.querySelector('title')?.textContent ?? '') || clean(document.querySelector('h1')?.textContent ?? '');

  // Readability changes the document it reads, so it runs after the metadata is taken.
  for (const element of document.querySelectorAll(NOT_CONTENT)) element.remove();
  let article: ReturnType<Readability<Element>['parse']> = null;
  // Counted here: Readability's own maxElemsToParse counts getElementsByTagName('*'), which is empty in linkedom.
  if (document.querySelectorAll('*').length <= MAX_ELEMENTS && !nestedDeeperThan(document.documentElement, MAX_DEPTH)) {
    try {
      article = new Readability<Element>(document as unknown as Document, { charThreshold: 200, serializer: (node) => node as Element }).parse();
    } catch {
      article = null; // the plain paragraphs below
    }
  }
  const text = paragraphsOf(article?.content ?? document.querySelector('article') ?? document.querySelector('main') ?? document.body ?? document.documentElement);

  return {
    title: metadata.title ?? (clean(article?.title ?? '') || fallbackTitle),
    publishedAt: metadata.publishedAt ?? isoDate(article?.publishedTime ?? null),
    text,
    description: metadata.description ?? (clean(article?.excerpt ?? '') || null),
    siteName: metadata.siteName ?? (clean(article?.siteName ?? '') || null),
    image: metadata.image,
    language: metadata.language ?? primaryLanguage(article?.lang ?? null),
  };
}

// --- metadata -------------------------------------------------------------------------------------

type Meta = Map<string, string>;

/** <meta property|name|itemprop=… content=…>, keys in lower case, the first of each kept. */
function metaTags(document: ParsedDocument): Meta {
  const meta: Meta = new Map();
  for (const tag of document.querySelectorAll('meta')) {
    const key = (tag.getAttribute('property') ?? tag.getAttribute('name') ?? tag.getAttribute('itemprop') ?? tag.getAttribute('http-equiv'))?.trim().toLowerCase();
    const content = tag.getAttribute('content');
    if (!key || content == null || meta.has(key)) continue;
    const value = clean(content);
    if (value) meta.set(key, value);
  }
  return meta;
}

type ParsedDocument = ReturnType<typeof parseHTML>['document'];
type JsonObject = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks, @graph members and arrays flattened. Broken blocks are skipped. */
function jsonLdObjects(document: ParsedDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || value == null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.slice(0, 50).forEach((v) => visit(v, depth + 1));
    const object = value as JsonObject;
    out.push(object);
    if (object['@graph']) visit(object['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // a broken block says nothing
    }
  }
  // Articles first: a page's WebSite or Organization block also has a name.
  const isArticle = (o: JsonObject) => /Article|Posting|Report/i.test(String(o['@type'] ?? ''));
  return [...out.filter(isArticle), ...out.filter((o) => !isArticle(o))];
}

function jsonLdString(objects: JsonObject[], key: string): string | null {
  for (const object of objects) {
    const value = object[key];
    if (typeof value === 'string' && clean(value)) return clean(value);
  }
  return null;
}

function jsonLdPublisher(objects: JsonObject[]): string | null {
  for (const object of objects) {
    const publisher = object.publisher as JsonObject | JsonObject[] | undefined;
    const one = Array.isArray(publisher) ? publisher[0] : publisher;
    if (one && typeof one.name === 'string' && clean(one.name)) return clean(one.name);
  }
  return null;
}

function publishedAtOf(document: ParsedDocument, meta: Meta, jsonLd: JsonObject[]): string | null {
  const candidates = [
    meta.get('article:published_time'),
    meta.get('og:article:published_time'),
    meta.get('og:published_time'),
    jsonLdString(jsonLd, 'datePublished'),
    meta.get('datepublished'),
    meta.get('pubdate'),
    meta.get('publishdate'),
    meta.get('date'),
    meta.get('dc.date.issued'),
    meta.get('dc.date'),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const candidate of candidates) {
    const date = isoDate(candidate ?? null);
    if (date) return date;
  }
  return null;
}

/** A date as ISO 8601 UTC, or the bare day when only a day is given; null when it is no date. */
function isoDate(value: string | null): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ? null : text;
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) && !/\d{4}/.test(text)) return null;
  const time = Date.parse(text.replace(' ', 'T'));
  if (Number.isNaN(time)) {
    const loose = Date.parse(text);
    return Number.isNaN(loose) ? null : new Date(loose).toISOString();
  }
  return new Date(time).toISOString();
}

function imageOf(meta: Meta, jsonLd: JsonObject[], base: string): string | null {
  const ldImage = (() => {
    for (const object of jsonLd) {
      const image = object.image as unknown;
      const one = Array.isArray(image) ? image[0] : image;
      if (typeof one === 'string') return one;
      if (one && typeof one === 'object' && typeof (one as JsonObject).url === 'string') return (one as JsonObject).url as string;
    }
    return undefined;
  })();
  for (const candidate of [meta.get('og:image:secure_url'), meta.get('og:image'), meta.get('og:image:url'), meta.get('twitter:image'), ldImage]) {
    if (!candidate) continue;
    let absolute: string;
    try {
      absolute = new URL(candidate, base).href;
    } catch {
      continue;
    }
    const link = webLinkTarget(absolute);
    if (link) return link;
  }
  return null;
}

function baseUrl(document: ParsedDocument, pageUrl: string): string {
  const href = document.querySelector('base[href]')?.getAttribute('href');
  if (!href) return pageUrl;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

function languageOf(document: ParsedDocument, meta: Meta): string | null {
  return (
    primaryLanguage(document.documentElement?.getAttribute('lang') ?? null) ??
    primaryLanguage(meta.get('og:locale') ?? null) ??
    primaryLanguage(meta.get('content-language') ?? null)
  );
}

function primaryLanguage(tag: string | null): string | null {
  const primary = tag?.trim().split(/[-_,;\s]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

// --- text -----------------------------------------------------------------------------------------

const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'NAV', 'FORM', 'BUTTON', 'SELECT']);

const END_OF_BLOCK = Symbol('end of block');

interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

/** The visible text of an element: one paragraph per block element, blank lines between, spaces collapsed. */
function paragraphsOf(root: unknown): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    // Two line breaks in a row (<br><br>) also end a paragraph, as many sites write them.
    for (const part of current.split(/\u2028\s*\u2028/)) {
      const text = clean(part);
      if (text) paragraphs.push(text);
    }
    current = '';
  };
  // Iterative, not recursive: a hostile page nests elements deeper than the call stack goes.
  const stack: Array<TextNodeLike | typeof END_OF_BLOCK> = root ? [root as TextNodeLike] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === END_OF_BLOCK) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'BR') {
      current += '\u2028'; // a marker for the line break; source newlines are only spaces in HTML
      continue;
    }
    if (BLOCKS.has(name)) {
      flush();
      stack.push(END_OF_BLOCK);
    }
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return paragraphs.join('\n\n');
}

/** Whether any element lies more than `limit` levels below the root (iterative: no recursion on hostile depth). */
function nestedDeeperThan(root: unknown, limit: number): boolean {
  const stack: Array<[TextNodeLike, number]> = root ? [[root as TextNodeLike, 0]] : [];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Array.from(node.childNodes)) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return false;
}

function clean(text: string): string {
  return text.replace(/[\s\u00a0\u2028]+/g, ' ').trim();
}

function first(...values: Array<string | null | undefined>): string | null {
  for (const value of values) if (value) return value;
  return null;
}
