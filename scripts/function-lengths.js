#!/usr/bin/env node
// Lists the functions of the shipped source (tests, test utilities and
// generated code left out) longer than a limit, 100 lines unless given, and
// the files longer than 400 lines: the size rules of docs/architecture.md.
// Usage: node scripts/function-lengths.js [maxFunctionLines]
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');
const maxLines = Number(process.argv[2] ?? 100);
const files = execFileSync('git', ['ls-files', 'plugins', 'packages'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter(f => /\/src\/.*\.tsx?$/.test(f))
  .filter(f => !/\.test\.tsx?$|__testUtils__|\/generated\//.test(f));

let found = 0;
for (const file of files) {
  const text = readFileSync(path.join(root, file), 'utf8');
  const lines = text.split('\n').length;
  if (lines > 400) {
    console.log(`file\t${lines}\t${file}`);
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = node => {
    if (ts.isFunctionLike(node) && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.end).line;
      if (end - start + 1 > maxLines) {
        const name = node.name?.getText() ?? node.parent?.name?.getText();
        console.log(
          `function\t${end - start + 1}\t${file}:${start + 1}\t${
            name ?? '(anonymous)'
          }`,
        );
        found += 1;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
console.log(
  `${files.length} files read; ${found} functions over ${maxLines} lines`,
);
