/** How the desk names an article: its title in the reader's language, else in the other one. */
export function articleTitle(article: { titleEn: string; titleRu: string }, locale: string): string | null {
  const [first, second] = locale === 'ru' ? [article.titleRu, article.titleEn] : [article.titleEn, article.titleRu];
  return first.trim() || second.trim() || null;
}

export function articleHref(id: number, anchor?: string): string {
  return `/desk/articles/${id}${anchor ? `#${anchor}` : ''}`;
}

export function issueHref(id: number, anchor?: string): string {
  return `/desk/issues/${id}${anchor ? `#${anchor}` : ''}`;
}
