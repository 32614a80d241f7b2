// Types of find-browser.mjs, for playwright.config.ts (TypeScript does not read the .mjs itself: allowJs is off).
export const BROWSER_ENV: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE';
export const INSTALL_HINT: string;
export function findChromium(): string | undefined;
export function provisionChromium(): string | undefined;
