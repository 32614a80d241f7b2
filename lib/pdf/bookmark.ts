/**
 * PDF outline entries. react-pdf reads `bookmark` on any element, but its typings only declare it on
 * <Page>: spread the result onto a <View> or <Text>.
 *
 * Sections and articles are siblings in the page flow (see CountrySection), so nesting is given
 * explicitly: react-pdf files a bookmark under the one whose `ref` equals its `parent`.
 */
export function sectionBookmark(title: string, ref: string): object {
  return { bookmark: { title, ref, expanded: true, fit: false } };
}

export function articleBookmark(title: string, parentRef: string): object {
  return { bookmark: { title, parent: parentRef, expanded: false, fit: false } };
}
