// Integration tests talk to a real database and spawn processes: allow them more than Jest's 5 s.
jest.setTimeout(30_000);
