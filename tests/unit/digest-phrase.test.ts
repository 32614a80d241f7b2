import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { russianAbout, startsOutsidePrepositional, stripLeadingPreposition } from '@/lib/domain/digest-phrase';

/** The Russian digest phrases of the 26 January 2024 articles, read off the fixture's contents paragraph. */
function januaryRussianPhrases(): string[] {
  const text = fs.readFileSync('tests/fixtures/release-2024-01-ru.md', 'utf8');
  const lead = 'Опубликованные материалы содержат информацию о ';
  const paragraph = text.split('\n').find((l) => l.startsWith(lead))!;
  return paragraph
    .slice(lead.length)
    .replace(/\.$/, '')
    .split(/\s\(\*[^*]+\*\)(?:,\s|\s(?:и)\s)?/)
    .filter(Boolean)
    .flatMap((group) => group.split(', '));
}

describe('Russian digest phrases', () => {
  it('accepts every prepositional phrase of the January 2024 release', () => {
    const phrases = januaryRussianPhrases();
    expect(phrases.length).toBeGreaterThan(10);
    expect(phrases.filter(startsOutsidePrepositional)).toEqual([]);
  });

  it.each([
    'антинаркотическая лекция для студентов',
    'изъятие 3 кг гашиша',
    'задержание наркокурьера',
    'рейд полиции',
    'новые меры профилактики',
    'незаконный оборот наркотиков',
    'профилактическое мероприятие',
    'встреча с представителями ООН',
    'лекцию для студентов',
  ])('flags «%s», which is not prepositional', (phrase) => {
    expect(startsOutsidePrepositional(phrase)).toBe(true);
  });

  it.each(['проведении профилактической лекции для студентов', 'изъятии 3 кг гашиша', 'задержании наркокурьера', 'об изъятии героина', 'новых мерах профилактики', 'незаконном обороте', '3 кг героина', 'UNODC'])(
    'leaves «%s» alone',
    (phrase) => {
      expect(startsOutsidePrepositional(phrase)).toBe(false);
    },
  );

  it('writes «об» before a vowel and «о» otherwise', () => {
    expect(russianAbout('изъятии 3 кг гашиша')).toBe('об');
    expect(russianAbout('операции «Мак»')).toBe('об');
    expect(russianAbout('угрозе')).toBe('об');
    expect(russianAbout('проведении лекции')).toBe('о');
    expect(russianAbout('ее задержании')).toBe('о');
  });

  it('drops a preposition the editor typed, so it is not doubled', () => {
    expect(stripLeadingPreposition('об изъятии героина', 'ru')).toBe('изъятии героина');
    expect(stripLeadingPreposition('о проведении рейда', 'ru')).toBe('проведении рейда');
    expect(stripLeadingPreposition('операции «Мак»', 'ru')).toBe('операции «Мак»');
    expect(stripLeadingPreposition('about conducting a raid', 'en')).toBe('conducting a raid');
  });
});
