// Runs the theme's snowball.js and search.js under node and compares what they do with what
// kennis does in Rust (tests/search_js.rs writes the expectations).
//
//   node compare.js <static folder> <expectations.json>
//
// Expectations: { "stems": { lang: [[word, stem], …] }, "tokens": [[text, [word, …]], …],
//   "indexes": { lang: <the index's folder> }, "queries": [[lang, query, [[path, score], …],
//   { total, shown: [[path, score], …], reads: [file name, …] }], …] }: every hit of the
//   query, and its first page as the search page shows it (on an index opened for that query
//   alone): how many documents match, the results shown, and which files of the index, besides
//   the entry file, the page loads for them (sorted).
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
// Opens a language's index from its folder, noting which files were read.
const open = (lang, folder) => {
  const reads = [];
  const entry = JSON.parse(fs.readFileSync(path.join(folder, "index.json"), "utf8"));
  search.add(lang, entry, (name) => {
    reads.push(name);
    return JSON.parse(fs.readFileSync(path.join(folder, name), "utf8"));
  });
  return reads;
};

(async () => {
  for (const [lang, query, hits, firstPage] of expected.queries || []) {
    report.queries += 1;
    const folder = expected.indexes[lang];
    open(lang, folder);
    const got = (await search.search(lang, query)).map((hit) => [hit.path, hit.score]);
    if (JSON.stringify(got) !== JSON.stringify(hits)) mismatch({ lang, query, rust: hits, js: got });
    // The first page, on an index that has read nothing yet.
    const reads = open(lang, folder);
    const page = await search.firstPage(lang, query);
    const shown = page.hits.map((hit) => [hit.path, hit.score]);
    // Keys in the order serde_json writes them (sorted), as the comparison is of the JSON.
    const gotPage = { reads: [...reads].sort(), shown, total: page.total };
    if (JSON.stringify(gotPage) !== JSON.stringify(firstPage)) {
      mismatch({ lang, query, rust: firstPage, js: gotPage });
    }
  }
  report.mismatch_count = report.mismatch_count || 0;
  console.log(JSON.stringify(report));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
