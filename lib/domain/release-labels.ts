import type { EditionLabels } from './edition';
import type { Lang } from './lang';
import { bareCredit } from './photo-credit';

/** 2024-03-05 → 05.03.2024, as the release writes dates. */
const dotted = (iso: string) => iso.split('-').reverse().join('.');

const en: EditionLabels = {
  coverTitle: 'INFORMATION RELEASE',
  coverSubtitle: ['ABOUT PAST EVENTS', 'IN THE ANTI-DRUG SPHERE'],
  coverSource: '(according to the media)',
  imprintTitle: 'INFORMATION RELEASE',
  editorialAddress: 'EDITORIAL ADDRESS:',
  tel: 'tel.:',
  fax: 'fax:',
  citation: (number, year) =>
    `«Information Release about past events in the anti-drug sphere», №${number}, ${year}`,
  circulation: 'Circulation in PDF format',
  contents: 'CONTENTS',
  photoCredit: (credit) => `Photo: ${bareCredit(credit)}`,
  correctionNote: (revision, date, note) => `Revision ${revision} of ${dotted(date)}: ${note}`,
  documentTitle: (number, period) => `Information Release #${number}, ${period}`,
  documentSubject: 'Information Release about past events in the anti-drug sphere (according to the media)',
};

const ru: EditionLabels = {
  coverTitle: 'ИНФОРМАЦИОННЫЙ РЕЛИЗ',
  coverSubtitle: ['О ПРОШЕДШИХ СОБЫТИЯХ', 'В АНТИНАРКОТИЧЕСКОЙ СФЕРЕ'],
  coverSource: '(по материалам СМИ)',
  imprintTitle: 'ИНФОРМАЦИОННЫЙ РЕЛИЗ',
  editorialAddress: 'АДРЕС РЕДАКЦИИ:',
  tel: 'тел.:',
  fax: 'факс:',
  citation: (number, year) =>
    `«Информационный релиз о прошедших событиях в антинаркотической сфере», №${number}, ${year}`,
  circulation: 'Распространяется в формате PDF',
  contents: 'СОДЕРЖАНИЕ',
  photoCredit: (credit) => `Фото: ${bareCredit(credit)}`,
  correctionNote: (revision, date, note) => `Редакция ${revision} от ${dotted(date)}: ${note}`,
  documentTitle: (number, period) => `Информационный релиз №${number}, ${period}`,
  documentSubject: 'Информационный релиз о прошедших событиях в антинаркотической сфере (по материалам СМИ)',
};

export const RELEASE_LABELS: Record<Lang, EditionLabels> = { en, ru };
