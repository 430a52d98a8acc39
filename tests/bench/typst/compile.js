// Compiles a Typst file to PDF with the Typst compiler of @myriaddreamin/typst-ts-node-compiler: node compile.js <in.typ> <out.pdf> <font-folder>
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const fs = require('fs');
const [input, output] = process.argv.slice(2, 4);
const t0 = process.hrtime.bigint();
const compiler = NodeCompiler.create({ workspace: process.cwd(), fontArgs: [{ fontPaths: [process.argv[4]] }] });
const res = compiler.compile({ mainFileContent: fs.readFileSync(input, 'utf8') });
const diags = res.takeDiagnostics ? res.takeDiagnostics() : null;
const doc = res.result;
if (!doc) { console.error('failed', JSON.stringify(diags && diags.shortDiagnostics ? diags.shortDiagnostics : diags)); process.exit(1); }
const pdf = compiler.pdf(doc);
fs.writeFileSync(output, pdf);
console.log(`typst: ${Number(process.hrtime.bigint() - t0) / 1e6} ms in process`);
