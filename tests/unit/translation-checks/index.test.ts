import { describe, expect, it } from 'vitest';
import { checkTranslation, countFindings, openFindings, type TranslationCheckInput } from '@/lib/domain/translation-checks';

const article = (patch: Partial<TranslationCheckInput> = {}): TranslationCheckInput => ({
  titleEn: '15 KG OF HEROIN SEIZED IN ZHAMBYL REGION',
  titleRu: 'В ЖАМБЫЛСКОЙ ОБЛАСТИ ИЗЪЯТО 15 КГ ГЕРОИНА',
  digestEn: 'seizure of 15 kg of heroin',
  digestRu: 'изъятии 15 кг героина',
  bodyEn: 'On January 12, 2024, police officers seized 15 kg of heroin from two couriers.\n\nThe investigation continues.',
  bodyRu: '12 января 2024 года сотрудники полиции изъяли у двух курьеров 15 кг героина.\n\nРасследование продолжается.',
  photos: [{ captionEn: 'Seized heroin', captionRu: 'Изъятый героин' }],
  ...patch,
});

describe('checkTranslation', () => {
  it('finds nothing in a correct pair', () => {
    expect(checkTranslation(article())).toEqual([]);
  });

  it('puts errors first and tells each field apart', () => {
    const findings = checkTranslation(
      article({ bodyRu: '12 января 2024 года сотрудники полиции изъяли у двух курьеров 150 кг героина.\n\nРасследование  продолжается.' }),
    );
    expect(findings.map((f) => [f.severity, f.kind, f.field])).toEqual([
      ['error', 'units', 'body'],
      ['warning', 'typography', 'body'],
    ]);
    expect(countFindings(findings)).toEqual({ errors: 1, warnings: 1 });
  });

  it('tells an empty side only, not every number it lacks', () => {
    const findings = checkTranslation(article({ bodyRu: '' }));
    expect(findings.map((f) => f.message)).toEqual(['emptyRu']);
  });

  it('checks photo captions and says which photo', () => {
    const findings = checkTranslation(article({ photos: [{ captionEn: 'Seized heroin', captionRu: '' }, { captionEn: '5 kg of hashish', captionRu: '50 кг гашиша' }] }));
    expect(findings.map((f) => [f.field, f.photo, f.message])).toEqual([
      ['photoCaption', 2, 'unitMismatch'],
      ['photoCaption', 1, 'captionOnlyEn'],
    ]);
  });

  it('gives a finding the same fingerprint while its field is unchanged, and a new one when either side changes', () => {
    const wrong = article({ bodyRu: 'Сотрудники изъяли 150 кг героина у двух курьеров 12 января 2024 года.\n\nРасследование продолжается.' });
    const first = checkTranslation(wrong)[0]!;
    expect(checkTranslation({ ...wrong, titleEn: 'Another title 15 kg' })[0]!.fingerprint).toBe(first.fingerprint);
    expect(checkTranslation({ ...wrong, bodyEn: `${wrong.bodyEn} ` })[0]!.fingerprint).not.toBe(first.fingerprint);
    expect(checkTranslation({ ...wrong, bodyRu: `${wrong.bodyRu}.` })[0]!.fingerprint).not.toBe(first.fingerprint);
    expect(first.fingerprint).toMatch(/^units:unitMismatch:body:15kg\/150kg:[0-9a-f]{14}$/);
  });

  it('leaves out dismissed findings', () => {
    const findings = checkTranslation(article({ bodyRu: 'Изъято 150 кг героина у двух курьеров 12 января 2024 года.\n\nРасследование  продолжается.' }));
    expect(openFindings(findings, new Set([findings[0]!.fingerprint])).map((f) => f.kind)).toEqual(['typography']);
    expect(openFindings(findings, [])).toHaveLength(2);
  });
});
