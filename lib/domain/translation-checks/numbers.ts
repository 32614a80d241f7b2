import { excerptsOfOneSide, excerptsOfPair } from './pairing';
import { quantityDifferences, quantityKey, type QuantityDifference } from './quantities';
import { SEVERITY_OF, type FieldPair, type TranslationFinding } from './types';

/**
 * Numbers without a unit that one side has and the other lacks: 10,773 ↔ 10 773, 1.5 ↔ 1,5,
 * 5 thousand ↔ 5 тысяч, five ↔ пяти, ranges 2023-2025, article numbers, ages. Errors.
 */
export function checkNumbers(pair: FieldPair, differences: QuantityDifference[] = quantityDifferences(pair)): TranslationFinding[] {
  const base = { kind: 'numbers' as const, severity: SEVERITY_OF.numbers, field: pair.field, ...(pair.photo ? { photo: pair.photo } : {}) };
  const findings: TranslationFinding[] = [];
  for (const d of differences) {
    if (d.type === 'pair') {
      if (d.en.unit || d.ru.unit) continue;
      findings.push({
        ...base,
        ...excerptsOfPair(pair, d.en, d.ru),
        message: 'numberMismatch',
        values: { en: d.en.text, ru: d.ru.text },
        subject: `${quantityKey(d.en)}/${quantityKey(d.ru)}`,
      });
    } else if (d.type === 'onlyEn' && !d.en.unit) {
      findings.push({ ...base, ...excerptsOfOneSide(pair, d.en, 'en'), message: 'numberMissingInRu', values: { number: d.en.text }, subject: quantityKey(d.en) });
    } else if (d.type === 'onlyRu' && !d.ru.unit) {
      findings.push({ ...base, ...excerptsOfOneSide(pair, d.ru, 'ru'), message: 'numberMissingInEn', values: { number: d.ru.text }, subject: quantityKey(d.ru) });
    }
  }
  return findings;
}
