/**
 * The publication's own country data (release-format.md, sections 3-4), shipped with the application.
 * The reference seeding writes it into the countries table and keeps it up to date there, except for
 * a name a person edited on the countries screen (lib/services/seed-reference-data.ts).
 */

/** CARICC's member states, in the order the release lists them. */
export const MEMBER_STATES: readonly { code: string; order: number }[] = [
  { code: 'KZ', order: 1 },
  { code: 'KG', order: 2 },
  { code: 'RU', order: 3 },
  { code: 'TJ', order: 4 },
  { code: 'TM', order: 5 },
  { code: 'UZ', order: 6 },
  { code: 'AZ', order: 7 },
];

/**
 * Short names where i18n-iso-countries has no common one (its official name is a long form, or its
 * Russian name is not the one the publication uses: «Киргизия», «Туркмения», «Молдавия»).
 * Every other short name is the library's alias, or its name where it has no alias.
 */
export const SHORT_NAMES: Readonly<Record<string, { en?: string; ru?: string }>> = {
  KG: { ru: 'Кыргызстан' },
  TM: { ru: 'Туркменистан' },
  CN: { ru: 'Китай' },
  SY: { en: 'Syria' },
  LA: { en: 'Laos' },
  MD: { en: 'Moldova', ru: 'Молдова' },
  US: { en: 'USA' },
  KP: { ru: 'КНДР' },
  CD: { en: 'DR Congo', ru: 'ДР Конго' },
  CG: { ru: 'Конго' },
  PS: { ru: 'Палестина' },
  BN: { en: 'Brunei' },
  FM: { en: 'Micronesia' },
  VA: { en: 'Vatican' },
  FK: { en: 'Falkland Islands' },
  CI: { en: "Côte d'Ivoire" },
  VG: { en: 'British Virgin Islands' },
  VI: { en: 'U.S. Virgin Islands' },
  SH: { ru: 'Остров Святой Елены' },
  EH: { ru: 'Западная Сахара' },
};

/**
 * Official section headings, each pair naming the same form in both languages: the members and the
 * sample's own (CHINA / КИТАЙ, BELARUS / БЕЛАРУСЬ as printed in January 2024), then the other countries a
 * Central Asian anti-drug digest meets. Any other country's heading is its short name in capitals.
 */
export const SECTION_HEADINGS: readonly { code: string; en: string; ru: string }[] = [
  // CARICC member states
  { code: 'KZ', en: 'REPUBLIC OF KAZAKHSTAN', ru: 'РЕСПУБЛИКА КАЗАХСТАН' },
  { code: 'KG', en: 'KYRGYZ REPUBLIC', ru: 'КЫРГЫЗСКАЯ РЕСПУБЛИКА' },
  { code: 'RU', en: 'RUSSIAN FEDERATION', ru: 'РОССИЙСКАЯ ФЕДЕРАЦИЯ' },
  { code: 'TJ', en: 'REPUBLIC OF TAJIKISTAN', ru: 'РЕСПУБЛИКА ТАДЖИКИСТАН' },
  { code: 'TM', en: 'TURKMENISTAN', ru: 'ТУРКМЕНИСТАН' },
  { code: 'UZ', en: 'REPUBLIC OF UZBEKISTAN', ru: 'РЕСПУБЛИКА УЗБЕКИСТАН' },
  { code: 'AZ', en: 'REPUBLIC OF AZERBAIJAN', ru: 'АЗЕРБАЙДЖАНСКАЯ РЕСПУБЛИКА' },
  // as printed in the January 2024 release
  { code: 'CN', en: 'CHINA', ru: 'КИТАЙ' },
  { code: 'BY', en: 'BELARUS', ru: 'БЕЛАРУСЬ' },
  // neighbours and the Caucasus
  { code: 'AF', en: 'ISLAMIC REPUBLIC OF AFGHANISTAN', ru: 'ИСЛАМСКАЯ РЕСПУБЛИКА АФГАНИСТАН' },
  { code: 'IR', en: 'ISLAMIC REPUBLIC OF IRAN', ru: 'ИСЛАМСКАЯ РЕСПУБЛИКА ИРАН' },
  { code: 'PK', en: 'ISLAMIC REPUBLIC OF PAKISTAN', ru: 'ИСЛАМСКАЯ РЕСПУБЛИКА ПАКИСТАН' },
  { code: 'TR', en: 'REPUBLIC OF TÜRKIYE', ru: 'ТУРЕЦКАЯ РЕСПУБЛИКА' },
  { code: 'GE', en: 'GEORGIA', ru: 'ГРУЗИЯ' },
  { code: 'AM', en: 'REPUBLIC OF ARMENIA', ru: 'РЕСПУБЛИКА АРМЕНИЯ' },
  { code: 'UA', en: 'UKRAINE', ru: 'УКРАИНА' },
  { code: 'MD', en: 'REPUBLIC OF MOLDOVA', ru: 'РЕСПУБЛИКА МОЛДОВА' },
  { code: 'MN', en: 'MONGOLIA', ru: 'МОНГОЛИЯ' },
  { code: 'IN', en: 'REPUBLIC OF INDIA', ru: 'РЕСПУБЛИКА ИНДИЯ' },
  // South and East Asia
  { code: 'BD', en: "PEOPLE'S REPUBLIC OF BANGLADESH", ru: 'НАРОДНАЯ РЕСПУБЛИКА БАНГЛАДЕШ' },
  { code: 'NP', en: 'FEDERAL DEMOCRATIC REPUBLIC OF NEPAL', ru: 'ФЕДЕРАТИВНАЯ ДЕМОКРАТИЧЕСКАЯ РЕСПУБЛИКА НЕПАЛ' },
  { code: 'MM', en: 'REPUBLIC OF THE UNION OF MYANMAR', ru: 'РЕСПУБЛИКА СОЮЗ МЬЯНМА' },
  { code: 'LA', en: "LAO PEOPLE'S DEMOCRATIC REPUBLIC", ru: 'ЛАОССКАЯ НАРОДНО-ДЕМОКРАТИЧЕСКАЯ РЕСПУБЛИКА' },
  { code: 'TH', en: 'KINGDOM OF THAILAND', ru: 'КОРОЛЕВСТВО ТАИЛАНД' },
  { code: 'VN', en: 'SOCIALIST REPUBLIC OF VIET NAM', ru: 'СОЦИАЛИСТИЧЕСКАЯ РЕСПУБЛИКА ВЬЕТНАМ' },
  { code: 'MY', en: 'MALAYSIA', ru: 'МАЛАЙЗИЯ' },
  { code: 'ID', en: 'REPUBLIC OF INDONESIA', ru: 'РЕСПУБЛИКА ИНДОНЕЗИЯ' },
  { code: 'KR', en: 'REPUBLIC OF KOREA', ru: 'РЕСПУБЛИКА КОРЕЯ' },
  { code: 'KP', en: "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", ru: 'КОРЕЙСКАЯ НАРОДНО-ДЕМОКРАТИЧЕСКАЯ РЕСПУБЛИКА' },
  { code: 'JP', en: 'JAPAN', ru: 'ЯПОНИЯ' },
  // Middle East
  { code: 'IQ', en: 'REPUBLIC OF IRAQ', ru: 'РЕСПУБЛИКА ИРАК' },
  { code: 'SY', en: 'SYRIAN ARAB REPUBLIC', ru: 'СИРИЙСКАЯ АРАБСКАЯ РЕСПУБЛИКА' },
  { code: 'LB', en: 'LEBANESE REPUBLIC', ru: 'ЛИВАНСКАЯ РЕСПУБЛИКА' },
  { code: 'JO', en: 'HASHEMITE KINGDOM OF JORDAN', ru: 'ИОРДАНСКОЕ ХАШИМИТСКОЕ КОРОЛЕВСТВО' },
  { code: 'IL', en: 'STATE OF ISRAEL', ru: 'ГОСУДАРСТВО ИЗРАИЛЬ' },
  { code: 'SA', en: 'KINGDOM OF SAUDI ARABIA', ru: 'КОРОЛЕВСТВО САУДОВСКАЯ АРАВИЯ' },
  { code: 'AE', en: 'UNITED ARAB EMIRATES', ru: 'ОБЪЕДИНЁННЫЕ АРАБСКИЕ ЭМИРАТЫ' },
  { code: 'KW', en: 'STATE OF KUWAIT', ru: 'ГОСУДАРСТВО КУВЕЙТ' },
  { code: 'QA', en: 'STATE OF QATAR', ru: 'ГОСУДАРСТВО КАТАР' },
  { code: 'OM', en: 'SULTANATE OF OMAN', ru: 'СУЛТАНАТ ОМАН' },
  { code: 'EG', en: 'ARAB REPUBLIC OF EGYPT', ru: 'АРАБСКАЯ РЕСПУБЛИКА ЕГИПЕТ' },
  // Europe
  { code: 'DE', en: 'FEDERAL REPUBLIC OF GERMANY', ru: 'ФЕДЕРАТИВНАЯ РЕСПУБЛИКА ГЕРМАНИЯ' },
  { code: 'FR', en: 'FRENCH REPUBLIC', ru: 'ФРАНЦУЗСКАЯ РЕСПУБЛИКА' },
  { code: 'IT', en: 'ITALIAN REPUBLIC', ru: 'ИТАЛЬЯНСКАЯ РЕСПУБЛИКА' },
  { code: 'ES', en: 'KINGDOM OF SPAIN', ru: 'КОРОЛЕВСТВО ИСПАНИЯ' },
  { code: 'NL', en: 'KINGDOM OF THE NETHERLANDS', ru: 'КОРОЛЕВСТВО НИДЕРЛАНДОВ' },
  { code: 'BE', en: 'KINGDOM OF BELGIUM', ru: 'КОРОЛЕВСТВО БЕЛЬГИЯ' },
  { code: 'GB', en: 'UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND', ru: 'СОЕДИНЁННОЕ КОРОЛЕВСТВО ВЕЛИКОБРИТАНИИ И СЕВЕРНОЙ ИРЛАНДИИ' },
  { code: 'PL', en: 'REPUBLIC OF POLAND', ru: 'РЕСПУБЛИКА ПОЛЬША' },
  { code: 'LT', en: 'REPUBLIC OF LITHUANIA', ru: 'ЛИТОВСКАЯ РЕСПУБЛИКА' },
  { code: 'LV', en: 'REPUBLIC OF LATVIA', ru: 'ЛАТВИЙСКАЯ РЕСПУБЛИКА' },
  { code: 'EE', en: 'REPUBLIC OF ESTONIA', ru: 'ЭСТОНСКАЯ РЕСПУБЛИКА' },
  { code: 'RS', en: 'REPUBLIC OF SERBIA', ru: 'РЕСПУБЛИКА СЕРБИЯ' },
  // the Americas
  { code: 'US', en: 'UNITED STATES OF AMERICA', ru: 'СОЕДИНЁННЫЕ ШТАТЫ АМЕРИКИ' },
  { code: 'CA', en: 'CANADA', ru: 'КАНАДА' },
  { code: 'MX', en: 'UNITED MEXICAN STATES', ru: 'МЕКСИКАНСКИЕ СОЕДИНЁННЫЕ ШТАТЫ' },
  { code: 'CO', en: 'REPUBLIC OF COLOMBIA', ru: 'РЕСПУБЛИКА КОЛУМБИЯ' },
  { code: 'EC', en: 'REPUBLIC OF ECUADOR', ru: 'РЕСПУБЛИКА ЭКВАДОР' },
  { code: 'PE', en: 'REPUBLIC OF PERU', ru: 'РЕСПУБЛИКА ПЕРУ' },
  { code: 'BR', en: 'FEDERATIVE REPUBLIC OF BRAZIL', ru: 'ФЕДЕРАТИВНАЯ РЕСПУБЛИКА БРАЗИЛИЯ' },
  // where the short names differ in form between the languages (Congo / ДР Конго, ЦАР, ЮАР)
  { code: 'CG', en: 'REPUBLIC OF THE CONGO', ru: 'РЕСПУБЛИКА КОНГО' },
  { code: 'CD', en: 'DEMOCRATIC REPUBLIC OF THE CONGO', ru: 'ДЕМОКРАТИЧЕСКАЯ РЕСПУБЛИКА КОНГО' },
  { code: 'CF', en: 'CENTRAL AFRICAN REPUBLIC', ru: 'ЦЕНТРАЛЬНОАФРИКАНСКАЯ РЕСПУБЛИКА' },
  { code: 'ZA', en: 'REPUBLIC OF SOUTH AFRICA', ru: 'ЮЖНО-АФРИКАНСКАЯ РЕСПУБЛИКА' },
];

/** Other names a heading may use that neither the library nor the forms above give («Киргизская Республика»). */
export const HEADING_ALIASES: Readonly<Record<string, readonly string[]>> = {
  KG: ['Киргизская Республика', 'Kirghizia'],
  BY: ['Белоруссия', 'Республика Беларусь', 'Republic of Belarus'],
  CN: ["PRC", 'Китайская Народная Республика'],
  TR: ['Turkish Republic', 'Republic of Turkey'],
  AF: ['Islamic Emirate of Afghanistan', 'Исламский Эмират Афганистан'],
};
