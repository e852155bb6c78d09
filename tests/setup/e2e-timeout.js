// End-to-end tests drive a real browser against a real server.
jest.setTimeout(90_000);
