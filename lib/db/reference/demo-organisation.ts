/** CARICC's details as printed in the January 2024 release; loaded on an empty database. */
export const CARICC_ORGANISATION = {
  nameEn:
    'Central Asian Regional Information and Coordination Centre for combating the illicit trafficking of narcotic drugs, psychotropic substances and their precursors',
  nameRu:
    'Центральноазиатский региональный информационный координационный центр по борьбе с незаконным оборотом наркотических средств, психотропных веществ и их прекурсоров',
  shortNameEn: 'CARICC',
  shortNameRu: 'ЦАРИКЦ',
  addressEn: 'Republic of Kazakhstan, 050008, Almaty, Abay Avenue, 52',
  addressRu: 'Республика Казахстан, 050008, г. Алматы, пр. Абая, 52',
  placeEn: 'Almaty',
  placeRu: 'Алматы',
  phone: '+7 727 259 99 90',
  fax: '+7 727 392 15 54',
  email: 'registry@caricc.org',
  website: 'www.caricc.org',
};
