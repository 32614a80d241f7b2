/**
 * react-pdf reads `bookmark` on any element (nested elements give a nested outline), but its
 * typings only declare it on <Page>: spread the result of this onto a <View>.
 */
export function bookmarkProps(title: string, expanded = false): object {
  return { bookmark: { title, expanded, fit: false } };
}
