/**
 * The publication's own names for the countries it has covered (release-format.md, sections 3-4).
 * Seeded once; afterwards the countries table is the source of truth and admins edit it there.
 */
export interface PublicationCountry {
  code: string;
  shortEn: string;
  shortRu: string;
  headingEn: string;
  headingRu: string;
  memberOrder?: number;
}

export const PUBLICATION_COUNTRIES: PublicationCountry[] = [
  { code: 'KZ', shortEn: 'Kazakhstan', shortRu: 'Казахстан', headingEn: 'REPUBLIC OF KAZAKHSTAN', headingRu: 'РЕСПУБЛИКА КАЗАХСТАН', memberOrder: 1 },
  { code: 'KG', shortEn: 'Kyrgyzstan', shortRu: 'Кыргызстан', headingEn: 'KYRGYZ REPUBLIC', headingRu: 'КЫРГЫЗСКАЯ РЕСПУБЛИКА', memberOrder: 2 },
  { code: 'RU', shortEn: 'Russia', shortRu: 'Россия', headingEn: 'RUSSIAN FEDERATION', headingRu: 'РОССИЙСКАЯ ФЕДЕРАЦИЯ', memberOrder: 3 },
  { code: 'TJ', shortEn: 'Tajikistan', shortRu: 'Таджикистан', headingEn: 'REPUBLIC OF TAJIKISTAN', headingRu: 'РЕСПУБЛИКА ТАДЖИКИСТАН', memberOrder: 4 },
  { code: 'TM', shortEn: 'Turkmenistan', shortRu: 'Туркменистан', headingEn: 'TURKMENISTAN', headingRu: 'ТУРКМЕНИСТАН', memberOrder: 5 },
  { code: 'UZ', shortEn: 'Uzbekistan', shortRu: 'Узбекистан', headingEn: 'REPUBLIC OF UZBEKISTAN', headingRu: 'РЕСПУБЛИКА УЗБЕКИСТАН', memberOrder: 6 },
  { code: 'AZ', shortEn: 'Azerbaijan', shortRu: 'Азербайджан', headingEn: 'REPUBLIC OF AZERBAIJAN', headingRu: 'АЗЕРБАЙДЖАНСКАЯ РЕСПУБЛИКА', memberOrder: 7 },
  { code: 'CN', shortEn: 'China', shortRu: 'Китай', headingEn: 'CHINA', headingRu: 'КИТАЙ' },
  { code: 'BY', shortEn: 'Belarus', shortRu: 'Беларусь', headingEn: 'BELARUS', headingRu: 'БЕЛАРУСЬ' },
];
