/* kennis search page: finds articles in the language's search index, written by kennis build
 * as <lang>/search-index.json.
 *
 * A query is cut into terms exactly as the build cut the articles (src/search/ in kennis:
 * words.rs, analyzer.rs) and ranked as src/search/query.rs does, so what the tests find in
 * Rust is what a reader finds here. Everything the page needs (the index's address, the base
 * path for links, the texts to show) comes from data- attributes the template writes, so the
 * site works under any base path.
 *
 * Exposes window.kennisSearch: tokens(lang, text), stem(lang, word), terms(lang, text),
 * search(lang, query), add(lang, indexFile), load(lang, url), and ready: a promise that
 * resolves once the page's own index is loaded. For stem, `lang` is a language whose index is
 * loaded or a stemmer name ("dutch", "english", "none"); terms and search need the index.
 */
(function () {
  "use strict";

  var FORMAT_VERSION = 1;
  var PREFIX_MIN_CHARS = 3;
  var EXACT_FACTOR = 2;

  var snowball = window.kennisSnowball || {};
  var stemmers = {
    dutch: snowball.dutch,
    english: snowball.english,
    none: function (word) {
      return word;
    },
  };
  var own = Object.prototype.hasOwnProperty;

  // Loaded indexes by language: { file, terms (its keys), stemmer, stopWords }.
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

  // The search terms of a text in a loaded language: its words less stop words, stemmed
  // (analyzer.rs: terms).
  function terms(lang, text) {
    if (!own.call(indexes, lang)) {
      throw new Error("kennisSearch: the index of " + lang + " is not loaded");
    }
    var index = indexes[lang];
    var stemmer = stemmerOf(lang);
    return tokens(lang, text)
      .filter(function (word) {
        return !index.stopWords.has(word);
      })
      .map(stemmer);
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

  // Each document's best match for one query term (query.rs: term_scores).
  function termScores(index, term) {
    var file = index.file;
    var asPrefix = Array.from(term).length >= PREFIX_MIN_CHARS;
    var documents = file.docs.length;
    var scores = new Map();
    index.terms.forEach(function (key) {
      var factor;
      if (key === term) {
        factor = EXACT_FACTOR;
      } else if (asPrefix && key.startsWith(term)) {
        factor = 1;
      } else {
        return;
      }
      var postings = file.terms[key];
      var weightOfRarity = rarity(documents, Math.floor(postings.length / 2));
      var doc = 0;
      for (var i = 0; i + 1 < postings.length; i += 2) {
        doc += postings[i];
        var score = postings[i + 1] * weightOfRarity * factor;
        if (!scores.has(doc) || scores.get(doc) < score) scores.set(doc, score);
      }
    });
    return scores;
  }

  // The documents that match every term of the query, best first (query.rs: search).
  function search(lang, query) {
    var index = indexes[lang];
    var seen = new Set();
    var queryTerms = terms(lang, query).filter(function (term) {
      if (seen.has(term)) return false;
      seen.add(term);
      return true;
    });
    var total = null;
    queryTerms.forEach(function (term) {
      var scores = termScores(index, term);
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
    return found
      .filter(function (entry) {
        return entry[0] < index.file.docs.length;
      })
      .map(function (entry) {
        var doc = index.file.docs[entry[0]];
        return { title: doc[0], path: doc[1], section: doc[2], description: doc[3], score: entry[1] };
      });
  }

  // Makes a parsed index file searchable as `lang`.
  function add(lang, file) {
    if (!file || file.version !== FORMAT_VERSION || !own.call(stemmers, file.stemmer)) {
      throw new Error("kennisSearch: not a search index this page can read");
    }
    indexes[lang] = {
      file: file,
      terms: Object.keys(file.terms),
      stemmer: file.stemmer,
      stopWords: new Set(file.stop_words),
    };
  }

  function load(lang, url) {
    return fetch(url)
      .then(function (response) {
        if (!response.ok) throw new Error(url + ": HTTP " + response.status);
        return response.json();
      })
      .then(function (file) {
        add(lang, file);
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

  // The search page: reads ?q=, shows results, updates them as the reader types.
  function start(root) {
    var data = root.dataset;
    var lang = data.lang;
    var input = root.querySelector("input[type=search]");
    var form = root.querySelector("form");
    var status = root.querySelector(".search-status");
    var list = root.querySelector(".search-results");
    var plural = new Intl.PluralRules(lang);
    var loaded = false;

    function show() {
      var query = input.value.trim();
      list.replaceChildren();
      if (!loaded) {
        status.textContent = data.loading;
        return;
      }
      if (!query) {
        status.textContent = data.prompt;
        return;
      }
      var hits = search(lang, query);
      if (hits.length === 0) {
        status.textContent = fill(data.none, { query: query });
        return;
      }
      var template = plural.select(hits.length) === "one" ? data.one : data.other;
      status.textContent = fill(template, { count: hits.length, query: query });
      hits.forEach(function (hit) {
        list.appendChild(resultItem(data.base, hit));
      });
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
    show();
    return load(lang, data.index).then(
      function () {
        loaded = true;
        show();
      },
      function (error) {
        status.textContent = data.error;
        throw error;
      }
    );
  }

  var root = typeof document === "undefined" ? null : document.getElementById("search");
  window.kennisSearch = {
    tokens: tokens,
    stem: stem,
    terms: terms,
    search: search,
    add: add,
    load: load,
    ready: root ? start(root) : Promise.resolve(),
  };
})();
