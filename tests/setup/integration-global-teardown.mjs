export default async function teardown() {
  await globalThis.__testMailbox?.stop();
  await globalThis.__testDatabaseServer?.stop();
}
