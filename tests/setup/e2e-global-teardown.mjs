export default async function teardown() {
  await globalThis.__e2e?.worker?.stop();
  await globalThis.__e2e?.app?.stop();
  await globalThis.__e2e?.stripe?.stop();
  await globalThis.__e2e?.database?.stop();
  await globalThis.__e2e?.mailbox?.stop();
}
