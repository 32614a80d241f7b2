import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or heavy server-only packages are loaded from node_modules at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@react-pdf/renderer', 'sharp', '@node-rs/argon2', 'hyphen', 'pdfjs-dist'],
  poweredByHeader: false,
  // The end-to-end tests build into their own folder (see scripts/start.mjs).
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default withNextIntl(nextConfig);
