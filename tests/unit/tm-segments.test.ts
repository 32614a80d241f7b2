import { describe, expect, it } from 'vitest';
import { segmentArticle, splitParagraphs, splitSentences } from '@/lib/domain/tm-segments';

describe('splitSentences', () => {
  it('does not end a sentence after an abbreviation', () => {
    expect(splitSentences('China is ready to cooperate with the U.S. in combating drug crime. Talks go on.', 'en')).toEqual([
      'China is ready to cooperate with the U.S. in combating drug crime.',
      'Talks go on.',
    ]);
    expect(splitSentences('Mr. Adilov spoke. He left.', 'en')).toEqual(['Mr. Adilov spoke.', 'He left.']);
  });

  it('keeps Russian abbreviations and initials inside the sentence', () => {
    const text = 'В г. Ош задержаны 5 чел. по ст. 296 УК, т.н. «закладчики». А. Иванов сообщил об этом. Дело возбуждено.';
    expect(splitSentences(text, 'ru')).toEqual([
      'В г. Ош задержаны 5 чел. по ст. 296 УК, т.н. «закладчики».',
      'А. Иванов сообщил об этом.',
      'Дело возбуждено.',
    ]);
  });

  it('splits ordinary sentences, with questions and exclamations', () => {
    expect(splitSentences('Drugs kill. Why? Stop it!', 'en')).toEqual(['Drugs kill.', 'Why?', 'Stop it!']);
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines and drops empty paragraphs', () => {
    expect(splitParagraphs('One.\r\n\r\nTwo\nstill two.\n \n\n\nThree.')).toEqual(['One.', 'Two\nstill two.', 'Three.']);
  });
});

describe('segmentArticle', () => {
  const base = { titleEn: 'SEIZURE IN OSH', titleRu: 'ИЗЪЯТИЕ В ОШЕ', digestEn: '', digestRu: 'изъятие' };

  it('pairs sentences one to one when both paragraphs have as many, and keeps the paragraph pair', () => {
    const pairs = segmentArticle({ ...base, bodyEn: 'Police seized 5 kg. Two men were detained.', bodyRu: 'Полиция изъяла 5 кг. Задержаны двое.' });
    expect(pairs.map((p) => [p.field, p.paragraph, p.sentence, p.en, p.ru])).toEqual([
      ['title', 0, null, 'SEIZURE IN OSH', 'ИЗЪЯТИЕ В ОШЕ'],
      ['body', 0, null, 'Police seized 5 kg. Two men were detained.', 'Полиция изъяла 5 кг. Задержаны двое.'],
      ['body', 0, 0, 'Police seized 5 kg.', 'Полиция изъяла 5 кг.'],
      ['body', 0, 1, 'Two men were detained.', 'Задержаны двое.'],
    ]);
  });

  it('stores only the paragraph pair when the sentence counts differ', () => {
    const pairs = segmentArticle({ ...base, bodyEn: 'One. Two. Three.', bodyRu: 'Раз, два. Три.' });
    expect(pairs.filter((p) => p.field === 'body').map((p) => p.sentence)).toEqual([null]);
  });

  it('stores no body pair when the paragraph counts differ, and no pair with an empty side', () => {
    const pairs = segmentArticle({ ...base, bodyEn: 'A.\n\nB.', bodyRu: 'А.' });
    expect(pairs.map((p) => p.field)).toEqual(['title']);
  });
});
