// A static scan of test code for three habits that make tests flaky or leave traces
// (tests/unit/test-hygiene.test.ts runs it over every test file):
//   fixed sleep         an awaited timer outside a polling loop: wait for the condition instead
//                       (tests/helpers/wait-for.ts, inbox.settled(), waitForJobsToDrain)
//   reads .next         Next's build output is not an interface: observe the server over HTTP
//   writes a fixed path a file written at a literal path, the working directory or the source
//                       tree: write under a mkdtemp folder in os.tmpdir() instead
// The scan reads syntax, not types; it knows the usual spellings, not every possible one.
import ts from "typescript";

export type HygieneRule = "fixed sleep" | "reads .next" | "writes a fixed path";
export type HygieneProblem = { file: string; line: number; rule: HygieneRule; code: string };

const SLEEP_NAMES = /^(sleep|delay|pause)$/i;
const WRITE_CALLS = new Set([
  "writeFile",
  "writeFileSync",
  "appendFile",
  "appendFileSync",
  "mkdir",
  "mkdirSync",
  "createWriteStream",
  "copyFile",
  "copyFileSync",
  "cp",
  "cpSync",
  "rename",
  "renameSync",
  "symlink",
  "symlinkSync",
]);
// Browser calls that write the file named by their `path` option.
const WRITE_PATH_OPTION_CALLS = new Set(["screenshot", "pdf", "storageState"]);
const NEXT_BUILD_PATH = /(^|[/\\])\.next([/\\]|$)/;

function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

function unwrap(node: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(node) ? unwrap(node.expression) : node;
}

function containsTimer(node: ts.Node): boolean {
  if (ts.isCallExpression(node) && calleeName(node) === "setTimeout") return true;
  return ts.forEachChild(node, containsTimer) ?? false;
}

/** `new Promise((resolve) => setTimeout(resolve, ms))`, `sleep(ms)`, or timers/promises' `setTimeout(ms)`. */
function isSleep(expression: ts.Expression): boolean {
  const node = unwrap(expression);
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "Promise") return node.arguments?.some(containsTimer) ?? false;
  if (ts.isCallExpression(node)) {
    const name = calleeName(node);
    return name !== undefined && (SLEEP_NAMES.test(name) || name === "setTimeout");
  }
  return false;
}

/** A sleep inside a loop is a poll: the loop checks a condition between waits. */
function insidePollingLoop(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isIterationStatement(parent, false)) return true;
    if (ts.isFunctionLike(parent)) return false;
  }
  return false;
}

/** Whether a path expression is fixed: a literal, the working directory, or the source tree. */
function isFixedPath(expression: ts.Expression, constants: Map<string, ts.Expression>, depth = 0): boolean {
  const node = unwrap(expression);
  if (depth > 5) return false;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (ts.isTemplateExpression(node)) return node.head.text.length > 0;
  if (ts.isIdentifier(node)) {
    if (node.text === "__dirname" || node.text === "__filename") return true;
    const initializer = constants.get(node.text);
    return initializer !== undefined && isFixedPath(initializer, constants, depth + 1);
  }
  if (ts.isPropertyAccessExpression(node) && ts.isMetaProperty(node.expression)) return true; // import.meta.dirname
  if (ts.isCallExpression(node)) {
    const name = calleeName(node);
    if (name === "cwd") return true;
    const first = node.arguments[0];
    if ((name === "join" || name === "resolve") && first) return isFixedPath(first, constants, depth + 1);
  }
  return false;
}

function writtenPath(call: ts.CallExpression): ts.Expression | undefined {
  const name = calleeName(call);
  if (name === undefined) return undefined;
  if (WRITE_CALLS.has(name)) return call.arguments[0];
  if (WRITE_PATH_OPTION_CALLS.has(name)) {
    const options = call.arguments[0];
    if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
    const property = options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "path");
    return property?.initializer;
  }
  return undefined;
}

export function scanTestSource(file: string, source: string): HygieneProblem[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const constants = new Map<string, ts.Expression>();
  const problems: HygieneProblem[] = [];
  const report = (node: ts.Node, rule: HygieneRule) => {
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    problems.push({ file, line, rule, code: node.getText(sourceFile).split("\n")[0]!.slice(0, 160) });
  };
  const collectConstants = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) constants.set(node.name.text, node.initializer);
    ts.forEachChild(node, collectConstants);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isAwaitExpression(node) && isSleep(node.expression) && !insidePollingLoop(node)) report(node, "fixed sleep");
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && NEXT_BUILD_PATH.test(node.text)) {
      report(node, "reads .next");
    }
    if (ts.isCallExpression(node)) {
      const target = writtenPath(node);
      if (target && isFixedPath(target, constants)) report(node, "writes a fixed path");
    }
    ts.forEachChild(node, visit);
  };
  collectConstants(sourceFile);
  visit(sourceFile);
  return problems;
}
