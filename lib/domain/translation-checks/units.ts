import { excerptsOfOneSide, excerptsOfPair } from './pairing';
import { quantityDifferences, quantityKey, type QuantityDifference } from './quantities';
import { SEVERITY_OF, type FieldPair, type TranslationFinding } from './types';

/**
 * Quantities with a unit (kg/кг/килограммов, g/г/грамм, t/тонн, l/л, pcs/шт., km/км, %,
 * years old/лет) that the other side does not hold in the same amount. Errors.
 */
export function checkUnits(pair: FieldPair, differences: QuantityDifference[] = quantityDifferences(pair)): TranslationFinding[] {
  const base = { kind: 'units' as const, severity: SEVERITY_OF.units, field: pair.field, ...(pair.photo ? { photo: pair.photo } : {}) };
  const findings: TranslationFinding[] = [];
  for (const d of differences) {
    if (d.type === 'pair') {
      if (!d.en.unit && !d.ru.unit) continue;
      findings.push({
        ...base,
        ...excerptsOfPair(pair, d.en, d.ru),
        message: 'unitMismatch',
        values: { en: d.en.text, ru: d.ru.text },
        subject: `${quantityKey(d.en)}/${quantityKey(d.ru)}`,
      });
    } else if (d.type === 'onlyEn' && d.en.unit) {
      findings.push({ ...base, ...excerptsOfOneSide(pair, d.en, 'en'), message: 'unitMissingInRu', values: { quantity: d.en.text }, subject: quantityKey(d.en) });
    } else if (d.type === 'onlyRu' && d.ru.unit) {
      findings.push({ ...base, ...excerptsOfOneSide(pair, d.ru, 'ru'), message: 'unitMissingInEn', values: { quantity: d.ru.text }, subject: quantityKey(d.ru) });
    }
  }
  return findings;
}
