import type { DbOrTx } from '@/lib/db/client';
import { findCountry, originColumn } from '@/lib/db/queries/countries';
import { referenceCountries } from '@/lib/db/reference/reference-countries';
import { COUNTRY_NAME_FIELDS, type CountryNameField, type NameOrigin } from '@/lib/domain/country-name-origin';
import { CAN_EDIT_COUNTRIES, CAN_EDIT_SETTINGS } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';

export interface CountryNameView {
  value: string;
  /** null: written before origins were kept. */
  origin: NameOrigin | null;
  /** What the application ships for this name, when the stored one differs from it. */
  reference: string | null;
}

export interface CountryEditor {
  code: string;
  nameEn: string;
  nameRu: string;
  names: Record<CountryNameField, CountryNameView>;
  isMember: boolean;
  memberOrder: number | null;
  /** Membership is a setting: the administrator's. */
  canEditMembership: boolean;
}

/** The country screen's view: each name with where it came from, and what the actor may change. */
export function loadCountryEditor(db: DbOrTx, actor: Actor, code: string): CountryEditor | undefined {
  assertActorRole(actor, CAN_EDIT_COUNTRIES, 'edit_countries');
  if (!/^[A-Za-z]{2}$/.test(code)) return undefined;
  const row = findCountry(db, code);
  if (!row) return undefined;
  const ref = referenceCountries().get(row.code);
  const names = Object.fromEntries(
    COUNTRY_NAME_FIELDS.map((field) => {
      const reference = ref?.[field].value ?? null;
      return [field, { value: row[field], origin: row[originColumn(field)], reference: reference === row[field] ? null : reference }];
    }),
  ) as Record<CountryNameField, CountryNameView>;
  return {
    code: row.code,
    nameEn: row.nameEn,
    nameRu: row.nameRu,
    names,
    isMember: row.isMember,
    memberOrder: row.memberOrder,
    canEditMembership: CAN_EDIT_SETTINGS.includes(actor.role),
  };
}
