'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/lib/db/instance';
import { CAN_EDIT_COUNTRIES, CAN_EDIT_SETTINGS, CAN_MANAGE_USERS, type Role } from '@/lib/domain/workflow';
import { createUser } from '@/lib/services/create-user';
import { updateUserRole } from '@/lib/services/update-user-role';
import { setUserActive } from '@/lib/services/set-user-active';
import { resetUserPassword } from '@/lib/services/reset-user-password';
import { ORGANISATION_FIELDS, updateOrganisation } from '@/lib/services/update-organisation';
import { updateCountry } from '@/lib/services/update-country';
import { ValidationError } from '@/lib/services/errors';
import { generatePassword } from '@/lib/auth/password';
import { formAction, type ActionFailure } from './action-result';

/**
 * Server actions of the admin screens. Each one checks the session and the role here, and the
 * service checks the role again; only the fields a form is meant to send are read, anything else
 * in the FormData (a forged `role` on the settings form, a `sessionVersion`...) is ignored.
 * Error and field messages are keys of the `admin` namespace.
 */
export type AdminFailure = {
  ok: false;
  error: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
};
export type AdminResult<T extends object = object> = ({ ok: true } & T) | AdminFailure;

/** Zod issue codes and service codes → keys under admin.fieldErrors. */
const FIELD_ERRORS: Record<string, string> = {
  too_small: 'tooShort',
  too_big: 'tooLong',
  invalid_format: 'format',
  invalid_type: 'invalid',
  invalid_value: 'invalid',
  custom: 'required',
  exists: 'emailTaken',
  taken: 'orderTaken',
};

/** The shared ActionFailure in this screen's keys (admin namespace), with what the user typed. */
function adminFailure(keep: readonly string[] = []) {
  return (failure: ActionFailure, error: unknown, input: Record<string, unknown> | null): AdminFailure => {
    const values = keep.length ? Object.fromEntries(keep.map((name) => [name, typeof input?.[name] === 'string' ? (input[name] as string) : ''])) : undefined;
    switch (failure.error) {
      case 'unauthenticated':
        return { ok: false, error: 'errors.unauthenticated' };
      case 'forbidden':
        // A role refused at the door (no reason) answers without the typed values, as before.
        if (!failure.reason) return { ok: false, error: 'errors.forbidden' };
        return { ok: false, error: failure.reason === 'last_admin' ? 'errors.lastAdmin' : 'errors.forbidden', values };
      case 'not_found':
        return { ok: false, error: 'errors.notFound', values };
      case 'invalid': {
        const fields = Object.fromEntries(Object.entries(failure.fields ?? {}).map(([field, code]) => [field, FIELD_ERRORS[code] ?? 'invalid']));
        return { ok: false, error: 'errors.invalid', fields, values };
      }
      default:
        console.error('Admin action failed', error);
        return { ok: false, error: 'errors.unexpected', values };
    }
  };
}

function refreshAdmin(): void {
  revalidatePath('/[locale]/admin', 'layout');
}

const field = z.string().max(20_000).default('');
const idSchema = z.coerce.number().int().positive();

const createUserForm = formAction(
  z.object({ email: field, name: field, role: field, password: field }),
  async ({ password, ...input }, actor) => {
    const generatedPassword = password === '' ? generatePassword() : null;
    const row = await createUser(getDb(), actor, { ...input, role: input.role as Role, password: generatedPassword ?? password });
    return { ok: true as const, email: row.email, userId: row.id, generatedPassword };
  },
  { roles: CAN_MANAGE_USERS, failure: adminFailure(['email', 'name', 'role']), afterSuccess: refreshAdmin },
);

export async function createUserAction(prev: unknown, form: FormData): Promise<AdminResult<{ email: string; userId: number; generatedPassword: string | null }>> {
  return createUserForm(prev, form);
}

const updateRoleForm = formAction(
  z.object({ userId: field, role: field }),
  (input, actor) => ({ ok: true as const, role: updateUserRole(getDb(), actor, { userId: input.userId, role: input.role as Role }).role }),
  { roles: CAN_MANAGE_USERS, failure: adminFailure(['userId', 'role']), afterSuccess: refreshAdmin },
);

export async function updateUserRoleAction(prev: unknown, form: FormData): Promise<AdminResult<{ role: Role }>> {
  return updateRoleForm(prev, form);
}

const setActiveForm = formAction(
  z.object({ userId: field, active: z.enum(['true', 'false']) }),
  (input, actor) => ({ ok: true as const, active: setUserActive(getDb(), actor, { userId: input.userId, active: input.active === 'true' }).active }),
  {
    roles: CAN_MANAGE_USERS,
    failure: (failure, error, input) => (failure.error === 'invalid' && failure.fields?.active ? ({ ok: false, error: 'errors.invalid' } as AdminFailure) : adminFailure()(failure, error, input)),
    afterSuccess: refreshAdmin,
  },
);

export async function setUserActiveAction(prev: unknown, form: FormData): Promise<AdminResult<{ active: boolean }>> {
  return setActiveForm(prev, form);
}

const resetPasswordForm = formAction(
  z.object({ userId: field, password: field }),
  async (input, actor) => {
    const userId = idSchema.safeParse(input.userId);
    if (!userId.success) throw new ValidationError({ userId: 'not_found' });
    const result = await resetUserPassword(getDb(), actor, { userId: userId.data, password: input.password === '' ? undefined : input.password });
    return { ok: true as const, generatedPassword: result.generatedPassword };
  },
  {
    roles: CAN_MANAGE_USERS,
    failure: (failure, error, input) => (failure.fields?.userId === 'not_found' ? ({ ok: false, error: 'errors.notFound' } as AdminFailure) : adminFailure()(failure, error, input)),
    afterSuccess: refreshAdmin,
  },
);

export async function resetUserPasswordAction(prev: unknown, form: FormData): Promise<AdminResult<{ generatedPassword: string | null }>> {
  return resetPasswordForm(prev, form);
}

const organisationForm = formAction(
  z.object(Object.fromEntries(ORGANISATION_FIELDS.map((name) => [name, field])) as Record<(typeof ORGANISATION_FIELDS)[number], typeof field>),
  (input, actor) => {
    updateOrganisation(getDb(), actor, input as Record<(typeof ORGANISATION_FIELDS)[number], string>);
    return { ok: true as const };
  },
  { roles: CAN_EDIT_SETTINGS, failure: adminFailure(ORGANISATION_FIELDS), afterSuccess: refreshAdmin },
);

export async function updateOrganisationAction(prev: unknown, form: FormData): Promise<AdminResult> {
  return organisationForm(prev, form);
}

const COUNTRY_FIELDS = ['code', 'shortEn', 'shortRu', 'headingEn', 'headingRu', 'memberOrder', 'isMember'] as const;

const countryForm = formAction(
  z.object(Object.fromEntries(COUNTRY_FIELDS.map((name) => [name, field])) as Record<(typeof COUNTRY_FIELDS)[number], typeof field>),
  (input, actor) => {
    const isMember = input.isMember === 'on';
    updateCountry(getDb(), actor, {
      code: input.code,
      shortEn: input.shortEn,
      shortRu: input.shortRu,
      headingEn: input.headingEn,
      headingRu: input.headingRu,
      isMember,
      memberOrder: isMember && input.memberOrder !== '' ? input.memberOrder : null,
    });
    return { ok: true as const };
  },
  { roles: CAN_EDIT_COUNTRIES, failure: adminFailure(COUNTRY_FIELDS), afterSuccess: refreshAdmin },
);

export async function updateCountryAction(prev: unknown, form: FormData): Promise<AdminResult> {
  return countryForm(prev, form);
}
