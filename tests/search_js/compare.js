// Runs the theme's snowball.js and search.js under node and compares what they do with what
// kennis does in Rust (tests/search_js.rs writes the expectations).
//
//   node compare.js <static folder> <expectations.json>
//
// Expectations: { "stems": { lang: [[word, stem], …] }, "tokens": [[text, [word, …]], …],
//   "indexes": { lang: <index file> }, "queries": [[lang, query, [[path, score], …]], …] }.
// Prints one JSON object: how many of each were compared and the first mismatches.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [staticDir, expectationsFile] = process.argv.slice(2);
globalThis.window = globalThis;
for (const script of ["snowball.js", "search.js"]) {
  vm.runInThisContext(fs.readFileSync(path.join(staticDir, script), "utf8"), { filename: script });
}
const search = window.kennisSearch;
const expected = JSON.parse(fs.readFileSync(expectationsFile, "utf8"));
const report = { stems: 0, tokens: 0, queries: 0, mismatches: [] };
const mismatch = (what) => {
  if (report.mismatches.length < 20) report.mismatches.push(what);
  report.mismatch_count = (report.mismatch_count || 0) + 1;
};

const stemmerOf = { nl: "dutch", en: "english" };
for (const [lang, pairs] of Object.entries(expected.stems || {})) {
  for (const [word, stem] of pairs) {
    report.stems += 1;
    const got = search.stem(stemmerOf[lang] || lang, word);
    if (got !== stem) mismatch({ lang, word, rust: stem, js: got });
  }
}
for (const [text, words] of expected.tokens || []) {
  report.tokens += 1;
  const got = search.tokens("nl", text);
  if (JSON.stringify(got) !== JSON.stringify(words)) {
    const at = got.findIndex((word, i) => word !== words[i]);
    mismatch({ text: text.slice(0, 80), at, rust: words.slice(at, at + 3), js: got.slice(at, at + 3) });
  }
}
for (const [lang, file] of Object.entries(expected.indexes || {})) search.add(lang, file);
for (const [lang, query, hits] of expected.queries || []) {
  report.queries += 1;
  const got = search.search(lang, query).map((hit) => [hit.path, hit.score]);
  if (JSON.stringify(got) !== JSON.stringify(hits)) mismatch({ lang, query, rust: hits, js: got });
}
report.mismatch_count = report.mismatch_count || 0;
console.log(JSON.stringify(report));
