import { CAN_EDIT_SETTINGS, CAN_MANAGE_USERS, CAN_READ_AUDIT, type Role } from '@/lib/domain/workflow';

/** Whoever holds any right of the admin screens may enter the area; each page checks its own right. */
export const ADMIN_AREA_ROLES: readonly Role[] = [...new Set([...CAN_MANAGE_USERS, ...CAN_EDIT_SETTINGS, ...CAN_READ_AUDIT])];
