import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or heavy server-only packages are loaded from node_modules at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@react-pdf/renderer', 'sharp', '@node-rs/argon2', 'hyphen', 'pdfjs-dist'],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
