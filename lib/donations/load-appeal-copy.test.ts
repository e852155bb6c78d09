import { splitParagraphs } from "./load-appeal-copy";

describe("splitting a saved appeal letter into paragraphs", () => {
  it("starts a paragraph at each blank line and keeps single line breaks inside one", () => {
    expect(splitParagraphs("First line\nstill first.\n\n  Second.  \r\n\r\nThird.\n\n\n")).toEqual(["First line\nstill first.", "Second.", "Third."]);
  });
});
