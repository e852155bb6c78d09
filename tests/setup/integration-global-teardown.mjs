export default async function teardown() {
  await globalThis.__testDatabaseServer?.stop();
}
