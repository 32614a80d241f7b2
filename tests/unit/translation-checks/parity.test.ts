import { describe, expect, it } from 'vitest';
import { checkCaptionParity, checkParagraphParity } from '@/lib/domain/translation-checks/parity';

describe('checkParagraphParity', () => {
  it('warns when the bodies have a different number of paragraphs, pointing at the first that differs', () => {
    const en = 'Classes and lectures were organised as part of the\n\n«Comprehensive Plan to Combat Drug Abuse for 2023-2025».\n\nPolice officers inform them of responsibility.';
    const ru = 'Занятия и лекции организованы в рамках реализации «Комплексного плана по борьбе с наркоманией на 2023-2025 годы».\n\nСотрудники полиции информируют их об ответственности.';
    const findings = checkParagraphParity({ field: 'body', en, ru });
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'parity', severity: 'warning', message: 'paragraphCount', values: { en: 3, ru: 2 } }),
    ]);
    expect(findings[0]!.en).toContain('Classes and lectures');
  });

  it('says nothing for the same number of paragraphs or an empty side', () => {
    expect(checkParagraphParity({ field: 'body', en: 'One.\n\nTwo.', ru: 'Один.\n\nДва.' })).toEqual([]);
    expect(checkParagraphParity({ field: 'body', en: 'One.\n\nTwo.', ru: '' })).toEqual([]);
  });
});

describe('checkCaptionParity', () => {
  it('warns about a caption in one language only, with the photo’s place', () => {
    const findings = checkCaptionParity([
      { captionEn: 'Officers of the CNS', captionRu: 'Сотрудники СБНОН' },
      { captionEn: 'Seized hashish', captionRu: '' },
      { captionEn: '', captionRu: 'Изъятый героин' },
      { captionEn: '', captionRu: '' },
    ]);
    expect(findings.map((f) => [f.field, f.photo, f.message, f.severity])).toEqual([
      ['photoCaption', 2, 'captionOnlyEn', 'warning'],
      ['photoCaption', 3, 'captionOnlyRu', 'warning'],
    ]);
  });
});
