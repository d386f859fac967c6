/* kennis search page: finds articles in the language's search index, written by kennis build
 * into <lang>/search-index/: an entry file (index.json) that names the index's fragments, term
 * files and document files, which are loaded only when a query needs them (src/search/index.rs
 * in kennis describes the format).
 *
 * A query is cut into terms exactly as the build cut the articles (src/search/ in kennis:
 * words.rs, analyzer.rs) and ranked as src/search/query.rs does, so what the tests find in
 * Rust is what a reader finds here. Everything the page needs (the index's address, the base
 * path for links, the texts to show) comes from data- attributes the template writes, so the
 * site works under any base path.
 *
 * Exposes window.kennisSearch: tokens(lang, text), stem(lang, word), terms(lang, text),
 * rank(lang, query), hits(lang, ranked), search(lang, query), firstPage(lang, query),
 * add(lang, entry, readFile), load(lang, url), ready: a promise that resolves once the page's
 * own index is loaded and its first results are shown, and settled(): a promise that resolves
 * once the page shows the results of what was typed last. For stem, `lang` is a language whose
 * index is loaded or a stemmer name ("dutch", "english", "none"); terms and the searches need
 * the index. The searches return promises, as they may have to load fragments first.
 */
(function () {
  "use strict";

  var FORMAT_VERSION = 2;
  var PREFIX_MIN_CHARS = 3;
  var EXACT_FACTOR = 2;
  // How many results the page shows at first and adds per "more results" (query.rs:
  // RESULTS_PER_PAGE): a common word does not make the page load thousands of results.
  var RESULTS_PER_PAGE = 20;

  var snowball = window.kennisSnowball || {};
  var stemmers = {
    dutch: snowball.dutch,
    english: snowball.english,
    none: function (word) {
      return word;
    },
  };
  var own = Object.prototype.hasOwnProperty;

  // Loaded indexes by language: { entry, readFile, files (name → promise of its parsed JSON,
  // so each fragment is loaded once), stemmer, stopWords }.
  var indexes = {};

  // Lowercase, decompose, drop combining marks: "Één" → "een" (words.rs: fold).
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  }

  // The folded words of a text: runs of letters and digits (words.rs: words). The same for
  // every language; `lang` is there for symmetry with stem and terms.
  function tokens(lang, text) {
    return fold(String(text)).match(/[\p{Alphabetic}\p{N}]+/gu) || [];
  }

  function stemmerOf(lang) {
    if (own.call(stemmers, lang)) return stemmers[lang];
    if (own.call(indexes, lang)) return stemmers[indexes[lang].stemmer];
    throw new Error("kennisSearch: no stemmer for " + lang + " (its index is not loaded)");
  }

  function stem(lang, word) {
    return stemmerOf(lang)(word);
  }

  function indexOf(lang) {
    if (!own.call(indexes, lang)) {
      throw new Error("kennisSearch: the index of " + lang + " is not loaded");
    }
    return indexes[lang];
  }

  // The search terms of a text in a loaded language: its words less stop words, stemmed
  // (analyzer.rs: terms).
  function terms(lang, text) {
    var index = indexOf(lang);
    var stemmer = stemmerOf(lang);
    return tokens(lang, text)
      .filter(function (word) {
        return !index.stopWords.has(word);
      })
      .map(stemmer);
  }

  // Compares two strings by code points, as Rust compares them (by their UTF-8 bytes): the
  // index's terms are sorted that way. JavaScript's < compares UTF-16 units, which puts
  // characters above U+FFFF before U+E000–U+FFFF.
  function compareCodePoints(a, b) {
    var i = 0;
    while (i < a.length && i < b.length) {
      var x = a.codePointAt(i);
      var y = b.codePointAt(i);
      if (x !== y) return x < y ? -1 : 1;
      i += x > 0xffff ? 2 : 1;
    }
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
  }

  // The term files that can hold `term` or, as a prefix, any term that starts with it, as
  // [start, end) in the entry's list (index.rs: term_files_for).
  function termFilesFor(entry, term, asPrefix) {
    var files = entry.term_files;
    var startsWith = function (i) {
      return i < files.length && files[i][0].startsWith(term);
    };
    // How many files start at or before the term.
    var low = 0;
    var high = files.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (compareCodePoints(files[middle][0], term) <= 0) low = middle + 1;
      else high = middle;
    }
    var start;
    if (low > 0) start = low - 1;
    else if (asPrefix && startsWith(0)) start = 0;
    else return [0, 0];
    var end = start + 1;
    while (asPrefix && startsWith(end)) end += 1;
    return [start, end];
  }

  // A file of the index, loaded once.
  function file(index, name) {
    if (!index.files.has(name)) index.files.set(name, Promise.resolve(index.readFile(name)));
    return index.files.get(name);
  }

  // 1 + how many times the share of documents with a term can be halved (query.rs: rarity).
  function rarity(documents, withTerm) {
    var value = 1;
    var doubled = Math.max(withTerm, 1);
    while (doubled * 2 <= documents) {
      doubled *= 2;
      value += 1;
    }
    return value;
  }

  // Each document's best match for one query term, from the term files it needs (query.rs:
  // term_scores).
  function termScores(index, term, termFiles) {
    var asPrefix = Array.from(term).length >= PREFIX_MIN_CHARS;
    var documents = index.entry.documents;
    var scores = new Map();
    termFiles.forEach(function (termFile) {
      Object.keys(termFile).forEach(function (key) {
        var factor;
        if (key === term) {
          factor = EXACT_FACTOR;
        } else if (asPrefix && key.startsWith(term)) {
          factor = 1;
        } else {
          return;
        }
        var postings = termFile[key];
        var weightOfRarity = rarity(documents, Math.floor(postings.length / 2));
        var doc = 0;
        for (var i = 0; i + 1 < postings.length; i += 2) {
          doc += postings[i];
          var score = postings[i + 1] * weightOfRarity * factor;
          if (!scores.has(doc) || scores.get(doc) < score) scores.set(doc, score);
        }
      });
    });
    return scores;
  }

  // The documents that match every term of the query, as [document id, score], best first
  // (query.rs: rank). Loads the term files the query's terms need.
  function rank(lang, query) {
    var index = indexOf(lang);
    var seen = new Set();
    var queryTerms = terms(lang, query).filter(function (term) {
      if (seen.has(term)) return false;
      seen.add(term);
      return true;
    });
    var loading = queryTerms.map(function (term) {
      var asPrefix = Array.from(term).length >= PREFIX_MIN_CHARS;
      var range = termFilesFor(index.entry, term, asPrefix);
      var names = index.entry.term_files.slice(range[0], range[1]).map(function (termFile) {
        return termFile[1];
      });
      return Promise.all(
        names.map(function (name) {
          return file(index, name);
        })
      );
    });
    return Promise.all(loading).then(function (termFilesPerTerm) {
      var total = null;
      queryTerms.forEach(function (term, i) {
        var scores = termScores(index, term, termFilesPerTerm[i]);
        if (total === null) {
          total = scores;
          return;
        }
        var both = new Map();
        total.forEach(function (score, doc) {
          if (scores.has(doc)) both.set(doc, score + scores.get(doc));
        });
        total = both;
      });
      var found = total === null ? [] : Array.from(total.entries());
      found.sort(function (a, b) {
        return b[1] - a[1] || a[0] - b[0];
      });
      return found;
    });
  }

  // The results of a ranking (or of part of one), with what the page shows of each: loads
  // their document files (query.rs: hits). A document the index does not have is left out.
  function hits(lang, ranked) {
    var index = indexOf(lang);
    var perFile = Math.max(index.entry.documents_per_file, 1);
    var loading = ranked.map(function (entry) {
      var name = index.entry.document_files[Math.floor(entry[0] / perFile)];
      return name === undefined ? Promise.resolve(null) : file(index, name);
    });
    return Promise.all(loading).then(function (documentFiles) {
      var found = [];
      ranked.forEach(function (entry, i) {
        var doc = documentFiles[i] && documentFiles[i][entry[0] % perFile];
        if (!doc) return;
        found.push({
          title: doc[0],
          path: doc[1],
          section: doc[2],
          description: doc[3],
          score: entry[1],
        });
      });
      return found;
    });
  }

  // Every document that matches the query, best first (query.rs: search).
  function search(lang, query) {
    return rank(lang, query).then(function (ranked) {
      return hits(lang, ranked);
    });
  }

  // What the page shows at first: how many documents match, and the first of them
  // (query.rs: first_page).
  function firstPage(lang, query) {
    return rank(lang, query).then(function (ranked) {
      return hits(lang, ranked.slice(0, RESULTS_PER_PAGE)).then(function (shown) {
        return { total: ranked.length, hits: shown };
      });
    });
  }

  // Makes an index searchable as `lang`: its parsed entry file, and a function that loads
  // one of its files by name (a promise of its parsed JSON, or the parsed JSON).
  function add(lang, entry, readFile) {
    if (!entry || entry.version !== FORMAT_VERSION || !own.call(stemmers, entry.stemmer)) {
      throw new Error("kennisSearch: not a search index this page can read");
    }
    indexes[lang] = {
      entry: entry,
      readFile: readFile,
      files: new Map(),
      stemmer: entry.stemmer,
      stopWords: new Set(entry.stop_words),
    };
  }

  function fetchJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": HTTP " + response.status);
      return response.json();
    });
  }

  // Loads the index whose entry file is at `url`; its other files are beside it.
  function load(lang, url) {
    var entryUrl = new URL(url, document.baseURI);
    return fetchJson(entryUrl).then(function (entry) {
      add(lang, entry, function (name) {
        return fetchJson(new URL(name, entryUrl));
      });
    });
  }

  // "{count} artikelen voor “{query}”" with the placeholders filled in.
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) {
      return own.call(values, name) ? String(values[name]) : whole;
    });
  }

  function resultItem(base, hit) {
    var item = document.createElement("li");
    item.className = "search-result";
    var heading = document.createElement("h2");
    var link = document.createElement("a");
    link.href = base + hit.path;
    link.textContent = hit.title;
    heading.appendChild(link);
    item.appendChild(heading);
    if (hit.section) {
      var section = document.createElement("p");
      section.className = "search-result-section";
      section.textContent = hit.section;
      item.appendChild(section);
    }
    if (hit.description) {
      var description = document.createElement("p");
      description.textContent = hit.description;
      item.appendChild(description);
    }
    return item;
  }

  // The search page: reads ?q=, shows results, updates them as the reader types. Shows the
  // first RESULTS_PER_PAGE results and a button that adds as many more.
  function start(root) {
    var data = root.dataset;
    var lang = data.lang;
    var input = root.querySelector("input[type=search]");
    var form = root.querySelector("form");
    var status = root.querySelector(".search-status");
    var list = root.querySelector(".search-results");
    var more = document.createElement("button");
    more.type = "button";
    more.className = "search-more";
    more.textContent = data.more;
    more.hidden = true;
    list.after(more);
    var plural = new Intl.PluralRules(lang);
    var loaded = false;
    // The ranking of the query shown, and how many of its results are in the list.
    var ranked = [];
    var listed = 0;
    // Counts what was typed: results that arrive for an older query are dropped.
    var generation = 0;
    // The work for the latest query or click, for settled().
    var latest = Promise.resolve();

    function showing(current) {
      return current === generation;
    }

    function fail(error) {
      status.textContent = data.error;
      throw error;
    }

    // Adds the next page of results to the list; with `focus`, moves the focus to the first
    // of them (the button that was clicked may disappear).
    function addPage(current, focus) {
      var page = ranked.slice(listed, listed + RESULTS_PER_PAGE);
      listed += page.length;
      more.disabled = true;
      return hits(lang, page).then(function (found) {
        if (!showing(current)) return;
        var first = null;
        found.forEach(function (hit) {
          var item = resultItem(data.base, hit);
          first = first || item;
          list.appendChild(item);
        });
        more.hidden = listed >= ranked.length;
        more.disabled = false;
        if (focus && first) first.querySelector("a").focus();
      });
    }

    function show() {
      var query = input.value.trim();
      var current = ++generation;
      if (!loaded || !query) {
        list.replaceChildren();
        more.hidden = true;
        status.textContent = loaded ? data.prompt : data.loading;
        latest = Promise.resolve();
        return latest;
      }
      latest = rank(lang, query)
        .then(function (found) {
          if (!showing(current)) return undefined;
          ranked = found;
          listed = 0;
          list.replaceChildren();
          more.hidden = true;
          if (found.length === 0) {
            status.textContent = fill(data.none, { query: query });
            return undefined;
          }
          var template = plural.select(found.length) === "one" ? data.one : data.other;
          status.textContent = fill(template, { count: found.length, query: query });
          return addPage(current, false);
        })
        .catch(fail);
      return latest;
    }

    function remember() {
      var query = input.value.trim();
      var url = new URL(window.location.href);
      if (query) {
        url.searchParams.set("q", query);
      } else {
        url.searchParams.delete("q");
      }
      window.history.replaceState(null, "", url.toString());
    }

    input.value = new URLSearchParams(window.location.search).get("q") || "";
    input.addEventListener("input", function () {
      show();
      remember();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      show();
      remember();
    });
    more.addEventListener("click", function () {
      latest = addPage(generation, true).catch(fail);
    });
    show();
    var ready = load(lang, data.index).then(function () {
      loaded = true;
      return show();
    }, fail);
    // Resolves once the page shows the results of the latest query or click.
    settled = function () {
      var waitingFor = latest;
      return ready.then(function () {
        return waitingFor;
      }).then(function () {
        return waitingFor === latest ? undefined : settled();
      });
    };
    return ready;
  }

  // Until a search page starts, there is nothing to wait for.
  var settled = function () {
    return Promise.resolve();
  };
  var root = typeof document === "undefined" ? null : document.getElementById("search");
  window.kennisSearch = {
    tokens: tokens,
    stem: stem,
    terms: terms,
    rank: rank,
    hits: hits,
    search: search,
    firstPage: firstPage,
    add: add,
    load: load,
    ready: root ? start(root) : Promise.resolve(),
    settled: function () {
      return settled();
    },
  };
})();
