/** What the January 2024 release (tests/fixtures/release-2024-01-*.md) holds per country, in its order. */
export const JANUARY_PER_COUNTRY = [
  { code: 'KZ', count: 10 },
  { code: 'KG', count: 5 },
  { code: 'RU', count: 6 },
  { code: 'TM', count: 2 },
  { code: 'UZ', count: 1 },
  { code: 'CN', count: 1 },
  { code: 'BY', count: 1 },
];
