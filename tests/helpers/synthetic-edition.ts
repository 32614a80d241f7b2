import sharp from 'sharp';
import type { EditionArticle, EditionData, EditionPhoto, EditionSection } from '@/lib/domain/edition';
import type { Lang } from '@/lib/domain/lang';

/** Kazakh, Uzbek and Russian letters a font without full Cyrillic would lose. */
export const KAZAKH_TEXT = 'Қазақстан әйелдері ұлттық ғылым өңір үй һ і ў';
/** A real source longer than a line: it must wrap without added hyphens and stay one link. */
export const LONG_SOURCE =
  'https://ncdc.uz/news/bmtning-narkotiklar-va-jinoyatchilik-boyicha-boshqarmasining-markaziy-osiyodagi-mintaqaviy-vakili-bilan-uchrashuv-togrisida';
/** A source on an internationalised domain: stored in punycode, shown as https://мвд.рф/… */
export const IDN_SOURCE = 'https://xn--b1aew.xn--p1ai/news/item/12345';
export const IDN_SOURCE_SHOWN = 'https://мвд.рф/news/item/12345';

const SENTENCES_EN = [
  'Police officers carried out preventive classes on the harm of drug use among students of colleges and universities of the region.',
  'The operational and preventive measure was organised jointly with local executive bodies, public associations and volunteers.',
  'During the raids, officers seized more than twelve kilograms of synthetic narcotics and dismantled a clandestine laboratory.',
  'Participants discussed international cooperation in counteracting the illicit trafficking of narcotic drugs and psychotropic substances.',
  'Particular attention was paid to the prevention of drug addiction among teenagers and to the responsibility for distribution.',
  'The investigation established that the suspects used messengers and cryptocurrency wallets to sell drugs through dead droppers.',
];

const SENTENCES_RU = [
  'Сотрудники полиции провели профилактические занятия о вреде употребления наркотиков среди студентов колледжей и вузов региона.',
  'Оперативно-профилактическое мероприятие организовано совместно с местными исполнительными органами, общественными объединениями и волонтёрами.',
  'В ходе рейдов изъято более двенадцати килограммов синтетических наркотиков и ликвидирована подпольная лаборатория.',
  'Участники обсудили международное сотрудничество в противодействии незаконному обороту наркотических средств и психотропных веществ.',
];

/** A photo made from raw pixels (a gradient), as the app stores it: JPEG bytes with their size. */
export async function syntheticPhoto(width = 1200, height = 800, caption = '', credit = ''): Promise<EditionPhoto> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 3;
      pixels[i] = Math.round((255 * x) / width);
      pixels[i + 1] = Math.round((255 * y) / height);
      pixels[i + 2] = 140;
    }
  }
  const data = await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
  return { data, format: 'jpg', width, height, caption, credit };
}

function paragraphs(lang: Lang, seed: number, count: number): string[] {
  const pool = lang === 'en' ? SENTENCES_EN : SENTENCES_RU;
  return Array.from({ length: count }, (_, p) =>
    Array.from({ length: 3 }, (_, s) => pool[(seed + p * 3 + s) % pool.length]!).join(' '),
  );
}

export interface SyntheticOptions {
  lang?: Lang;
  /** Articles in each of the sections (default 2). */
  articlesPerSection?: number;
  /** Body paragraphs per article (default 3). */
  paragraphsPerArticle?: number;
  /** A photo given to every article, or none. */
  photo?: EditionPhoto | null;
}

export interface SyntheticSectionSpec {
  countryCode: string;
  heading: string;
  titles: (i: number) => string;
}

const SECTIONS_EN: SyntheticSectionSpec[] = [
  { countryCode: 'KZ', heading: 'REPUBLIC OF KAZAKHSTAN', titles: (i) => `Police officers of Zhetisu held classes in military units ${i + 1}` },
  { countryCode: 'KG', heading: 'KYRGYZ REPUBLIC', titles: (i) => `Social video about drug dead droppers was presented ${i + 1}` },
  { countryCode: 'RU', heading: 'RUSSIAN FEDERATION', titles: (i) => `Ministry of Internal Affairs officers met with students ${i + 1}` },
  { countryCode: 'UZ', heading: 'REPUBLIC OF UZBEKISTAN', titles: (i) => `Meeting with the UNODC Regional Representative ${i + 1}` },
  { countryCode: 'CN', heading: 'CHINA', titles: (i) => `China is ready to cooperate in combating drug crime ${i + 1}` },
];

const SECTIONS_RU: SyntheticSectionSpec[] = [
  { countryCode: 'KZ', heading: 'РЕСПУБЛИКА КАЗАХСТАН', titles: (i) => `Полицейские Жетысу провели занятия в воинских частях ${i + 1}` },
  { countryCode: 'KG', heading: 'КЫРГЫЗСКАЯ РЕСПУБЛИКА', titles: (i) => `Представлен социальный ролик о закладчиках ${i + 1}` },
  { countryCode: 'RU', heading: 'РОССИЙСКАЯ ФЕДЕРАЦИЯ', titles: (i) => `Сотрудники МВД встретились со студентами ${i + 1}` },
  { countryCode: 'UZ', heading: 'РЕСПУБЛИКА УЗБЕКИСТАН', titles: (i) => `Встреча с региональным представителем УНП ООН ${i + 1}` },
  { countryCode: 'CN', heading: 'КИТАЙ', titles: (i) => `Китай готов сотрудничать в борьбе с наркопреступностью ${i + 1}` },
];

/**
 * A small but complete edition: five sections, Kazakh letters, quoted speech, emphasis, an IDN source,
 * an outlet label, and optionally a photo per article.
 */
export function syntheticEdition(options: SyntheticOptions = {}): EditionData {
  const lang = options.lang ?? 'en';
  const perSection = options.articlesPerSection ?? 2;
  const paragraphCount = options.paragraphsPerArticle ?? 3;
  let id = 0;
  const specs = lang === 'en' ? SECTIONS_EN : SECTIONS_RU;
  const sections: EditionSection[] = specs.map((spec, s) => ({
    countryCode: spec.countryCode,
    heading: spec.heading,
    articles: Array.from({ length: perSection }, (_, i): EditionArticle => {
      id += 1;
      const body = paragraphs(lang, id, paragraphCount);
      if (spec.countryCode === 'KZ' && i === 0) body.splice(1, 0, `${KAZAKH_TEXT}.`);
      if (i === 0) body.push(lang === 'en' ? '- Our journal is published "every month", said the *editor*.' : '- Наш журнал выходит "каждый месяц", сказал **редактор**.');
      return {
        id,
        outlet: s === 1 && i === 0 ? 'Kaktusmedia' : '',
        title: spec.titles(i),
        body: body.join('\n\n'),
        sources:
          spec.countryCode === 'RU' && i === 0
            ? [IDN_SOURCE, `https://example.org/${spec.countryCode.toLowerCase()}/${id}`]
            : spec.countryCode === 'KZ' && i === 0
              ? [LONG_SOURCE]
              : [`https://example.org/${spec.countryCode.toLowerCase()}/news/${id}-counter-narcotics-operation-in-the-region`],
        photos: options.photo ? [options.photo] : [],
      };
    }),
  }));
  const total = id;
  return {
    lang,
    year: 2024,
    number: 1,
    periodStart: '2024-01-01',
    periodEnd: '2024-01-31',
    place: lang === 'en' ? 'Almaty' : 'Алматы',
    organisation: {
      name:
        lang === 'en'
          ? 'Central Asian Regional Information and Coordination Centre for combating the illicit trafficking of narcotic drugs, psychotropic substances and their precursors'
          : 'Центральноазиатский региональный информационный координационный центр по борьбе с незаконным оборотом наркотических средств, психотропных веществ и их прекурсоров',
      shortName: lang === 'en' ? 'CARICC' : 'ЦАРИКЦ',
      address: lang === 'en' ? 'Republic of Kazakhstan, 050008, Almaty, Abay Avenue, 52' : 'Республика Казахстан, 050008, г. Алматы, пр. Абая, 52',
      phone: '+7 727 259 99 90',
      fax: '+7 727 392 15 54',
      email: 'registry@caricc.org',
      website: 'www.caricc.org',
      logo: null,
    },
    summary:
      lang === 'en'
        ? {
            counts: `In the period from 1 to 31 January 2024, ${total} events in counternarcotics were covered on the basis of information from mass media in CARICC Member States and other countries (*Kazakhstan - ${perSection}, Kyrgyzstan - ${perSection}, Russia - ${perSection}, Uzbekistan - ${perSection}, as well as China - ${perSection}*).`,
            digest:
              'Published articles include information about counternarcotics classes in military units (*Kazakhstan*), social video about drug dead droppers (*Kyrgyzstan*), preventive measures (*Russia*), meeting with UNODC (*Uzbekistan*) and cooperation in combating drug crime (*China*).',
          }
        : {
            counts: `В период с 1 по 31 января 2024 года на основе информации средств массовой информации государств-членов ЦАРИКЦ и других стран освещено ${total} событий в антинаркотической сфере (*Казахстан - ${perSection}, Кыргызстан - ${perSection}, Россия - ${perSection}, Узбекистан - ${perSection}, а также Китай - ${perSection}*).`,
            digest:
              'Опубликованные материалы содержат информацию о занятиях в воинских частях (*Казахстан*), социальном ролике о закладчиках (*Кыргызстан*), профилактических мероприятиях (*Россия*), встрече с УНП ООН (*Узбекистан*) и сотрудничестве в борьбе с наркопреступностью (*Китай*).',
          },
    sections,
  };
}
