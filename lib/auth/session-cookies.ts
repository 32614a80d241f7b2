/** The cookies next-auth keeps the session in (the __Secure- one over HTTPS). */
export const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/** The reader's chosen language (next-intl's locale cookie, see i18n/routing.ts). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
