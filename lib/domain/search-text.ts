/**
 * Text folded for case-insensitive search in any script: SQLite's own lower() and LIKE only fold
 * ASCII, so "полиция" would never find "Полиция". Both the stored text (through an SQL function
 * registered on the connection) and the query go through this one function.
 */
export function foldSearchText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ё/g, 'е');
}

/** A LIKE pattern matching the folded query anywhere, with LIKE's wildcards escaped (ESCAPE '\'). */
export function containsPattern(query: string): string {
  return `%${foldSearchText(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
