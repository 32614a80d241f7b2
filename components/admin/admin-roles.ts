import { CAN_MANAGE_INTAKE_TERMS, CAN_MANAGE_OUTLETS } from '@/lib/domain/intake/access';
import { CAN_MANAGE_TERMS } from '@/lib/domain/termbase';
import { CAN_EDIT_COUNTRIES, CAN_EDIT_SETTINGS, CAN_MANAGE_USERS, CAN_READ_AUDIT, type Role } from '@/lib/domain/workflow';

/** The right each admin screen checks (a chief editor sees only the countries). */
export const ADMIN_SECTIONS = ['users', 'organisation', 'countries', 'audit', 'terms', 'outlets', 'intake-terms'] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export const ADMIN_SECTION_ROLES: Readonly<Record<AdminSection, readonly Role[]>> = {
  users: CAN_MANAGE_USERS,
  organisation: CAN_EDIT_SETTINGS,
  countries: CAN_EDIT_COUNTRIES,
  audit: CAN_READ_AUDIT,
  terms: CAN_MANAGE_TERMS,
  outlets: CAN_MANAGE_OUTLETS,
  'intake-terms': CAN_MANAGE_INTAKE_TERMS,
};

/** Whoever holds any right of the admin screens may enter the area; each page checks its own right. */
export const ADMIN_AREA_ROLES: readonly Role[] = [...new Set(Object.values(ADMIN_SECTION_ROLES).flat())];

export function adminSectionsFor(role: Role): AdminSection[] {
  return ADMIN_SECTIONS.filter((section) => ADMIN_SECTION_ROLES[section].includes(role));
}
