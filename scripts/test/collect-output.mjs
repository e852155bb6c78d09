// Keeps the last 200 chunks a child process printed (shown when it fails to start), echoing
// them when quiet is false.
export function collectOutput(child, { quiet = true } = {}) {
  const output = [];
  const collect = (chunk) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
    if (!quiet) process.stdout.write(chunk);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  return output;
}
