import type { Lang } from './lang';

export type EditionField = 'title' | 'body' | 'source' | 'photoCaption';

export interface ArticleForEdition {
  id: number;
  /** How a person recognises the article: its title in either language. */
  label: string;
  title: string;
  body: string;
  sourceCount: number;
  /** Photos whose caption is missing in this language while the other language has one. */
  photosMissingCaption: number;
}

export interface MissingText {
  articleId: number;
  label: string;
  field: EditionField;
}

/** What keeps an edition from being rendered: a PDF is never printed with blanks. */
export function missingTexts(articles: ArticleForEdition[]): MissingText[] {
  const missing: MissingText[] = [];
  for (const a of articles) {
    const add = (field: EditionField) => missing.push({ articleId: a.id, label: a.label, field });
    if (!a.title.trim()) add('title');
    if (!a.body.trim()) add('body');
    if (a.sourceCount === 0) add('source');
    if (a.photosMissingCaption > 0) add('photoCaption');
  }
  return missing;
}

const FIELD_NAMES: Record<Lang, Record<EditionField, string>> = {
  en: { title: 'title', body: 'body', source: 'source link', photoCaption: 'photo caption' },
  ru: { title: 'заголовок', body: 'текст', source: 'ссылка на источник', photoCaption: 'подпись к фото' },
};

export function describeMissing(missing: MissingText[], lang: Lang, uiLang: Lang = 'en'): string {
  const edition = uiLang === 'en' ? (lang === 'en' ? 'English' : 'Russian') : lang === 'en' ? 'английской' : 'русской';
  const head =
    uiLang === 'en'
      ? `The ${edition} edition cannot be rendered: texts are missing.`
      : `Невозможно сформировать выпуск на ${edition === 'английской' ? 'английском' : 'русском'} языке: не хватает текстов.`;
  const lines = missing.map(
    (m) => `- #${m.articleId} «${m.label || '—'}»: ${FIELD_NAMES[uiLang][m.field]}`,
  );
  return [head, ...lines].join('\n');
}
