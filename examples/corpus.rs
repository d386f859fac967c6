//! Generates a synthetic bilingual kennis site, for benchmarks.
//!
//! ```text
//! cargo run --release --example corpus -- --articles 1000 --out bench-work/corpus-1000 [--seed 42]
//! ```
//!
//! Writes into the output folder a complete site root: `site.toml` (languages `nl`, the default,
//! and `en`), copies of this repository's `i18n/` and `themes/`, and `content/` with a home page
//! introduction per language, ten sections (`content/<section>/_index.{nl,en}.md`, the English one
//! with a localized `slug`) and N articles in both languages (`<section>/<key>.nl.md` and
//! `<key>.en.md`). Each article has TOML front matter (title, description, date, tags from a pool
//! of 40, `slug` on the English one, one reference) and a body of about 1,000 words: `##`/`###`
//! headings, paragraphs with **bold** and _italic_ words (each citing the reference at its end),
//! a bulleted and a numbered list, one pipe table and two footnotes. The English version records
//! the digest of the Dutch one it translates (`translation_of_digest`), as `kennis new` writes it.
//!
//! The text is nonsense made of a small word list by a seeded pseudo-random generator: the same
//! seed always gives a byte-identical corpus, and article `i` is the same whatever N is. Both
//! language versions of an article come from one plan, so they have the same structure and
//! length. The content uses no `@/` links, so the same `content/` folder is also a valid Hugo
//! site input (Hugo pairs translations by the `.nl.md`/`.en.md` suffix).
//!
//! Before writing, `content/`, `i18n/` and `themes/` in the output folder are removed (and
//! `site.toml` overwritten), so an older corpus leaves nothing behind.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kennis::check::translations::digest_of;

/// Sections as (folder and Dutch slug, Dutch title, English slug, English title).
const SECTIONS: [(&str, &str, &str, &str); 10] = [
    ("voeding", "Voeding", "nutrition", "Nutrition"),
    ("slaap", "Slaap", "sleep", "Sleep"),
    ("beweging", "Beweging", "exercise", "Exercise"),
    ("ontspanning", "Ontspanning", "relaxation", "Relaxation"),
    ("vitamines", "Vitamines", "vitamins", "Vitamins"),
    ("mineralen", "Mineralen", "minerals", "Minerals"),
    ("hart-en-vaten", "Hart en vaten", "heart", "Heart"),
    ("spijsvertering", "Spijsvertering", "digestion", "Digestion"),
    (
        "huid-en-haar",
        "Huid en haar",
        "skin-and-hair",
        "Skin and hair",
    ),
    ("hersenen", "Hersenen", "brain", "Brain"),
];

/// Topic names as (Dutch, English): the tag pool.
const TAGS: [(&str, &str); 40] = [
    ("Slaap", "Sleep"),
    ("Stress", "Stress"),
    ("Magnesium", "Magnesium"),
    ("Vitamine D", "Vitamin D"),
    ("Vitamine B12", "Vitamin B12"),
    ("IJzer", "Iron"),
    ("Zink", "Zinc"),
    ("Calcium", "Calcium"),
    ("Jodium", "Iodine"),
    ("Omega 3", "Omega 3"),
    ("Eiwit", "Protein"),
    ("Vezels", "Fibre"),
    ("Suiker", "Sugar"),
    ("Zout", "Salt"),
    ("Koffie", "Coffee"),
    ("Alcohol", "Alcohol"),
    ("Water", "Water"),
    ("Groente", "Vegetables"),
    ("Fruit", "Fruit"),
    ("Zuivel", "Dairy"),
    ("Wandelen", "Walking"),
    ("Krachttraining", "Strength training"),
    ("Hardlopen", "Running"),
    ("Ademhaling", "Breathing"),
    ("Meditatie", "Meditation"),
    ("Ouderen", "Older adults"),
    ("Kinderen", "Children"),
    ("Zwangerschap", "Pregnancy"),
    ("Sport", "Sport"),
    ("Werk", "Work"),
    ("Bloeddruk", "Blood pressure"),
    ("Cholesterol", "Cholesterol"),
    ("Darmen", "Gut"),
    ("Huid", "Skin"),
    ("Concentratie", "Concentration"),
    ("Stemming", "Mood"),
    ("Energie", "Energy"),
    ("Supplementen", "Supplements"),
    ("Etiketten", "Labels"),
    ("Onderzoek", "Research"),
];

/// Short, frequent words as (Dutch, English). About every third word of a sentence is one.
const FUNCTION_WORDS: [(&str, &str); 24] = [
    ("de", "the"),
    ("het", "the"),
    ("een", "a"),
    ("en", "and"),
    ("of", "or"),
    ("van", "of"),
    ("in", "in"),
    ("op", "on"),
    ("met", "with"),
    ("voor", "for"),
    ("bij", "at"),
    ("naar", "to"),
    ("door", "through"),
    ("over", "about"),
    ("uit", "from"),
    ("als", "as"),
    ("dat", "that"),
    ("die", "which"),
    ("is", "is"),
    ("zijn", "are"),
    ("wordt", "becomes"),
    ("niet", "not"),
    ("ook", "also"),
    ("vaak", "often"),
];

/// Content words as (Dutch, English), all lowercase ASCII letters so they make clean slugs.
const CONTENT_WORDS: [(&str, &str); 96] = [
    ("dag", "day"),
    ("week", "week"),
    ("jaar", "year"),
    ("ochtend", "morning"),
    ("avond", "evening"),
    ("maaltijd", "meal"),
    ("ontbijt", "breakfast"),
    ("lunch", "lunch"),
    ("brood", "bread"),
    ("rijst", "rice"),
    ("bonen", "beans"),
    ("noten", "nuts"),
    ("zaden", "seeds"),
    ("melk", "milk"),
    ("kaas", "cheese"),
    ("vis", "fish"),
    ("thee", "tea"),
    ("appel", "apple"),
    ("tuin", "garden"),
    ("keuken", "kitchen"),
    ("huis", "house"),
    ("stad", "city"),
    ("fiets", "bicycle"),
    ("trap", "stairs"),
    ("boek", "book"),
    ("lijst", "list"),
    ("vraag", "question"),
    ("antwoord", "answer"),
    ("gewoonte", "habit"),
    ("ritme", "rhythm"),
    ("rust", "rest"),
    ("pauze", "break"),
    ("moment", "moment"),
    ("plan", "plan"),
    ("keuze", "choice"),
    ("idee", "idea"),
    ("voorbeeld", "example"),
    ("verschil", "difference"),
    ("richtlijn", "guideline"),
    ("advies", "advice"),
    ("bron", "source"),
    ("studie", "study"),
    ("groep", "group"),
    ("deelnemer", "participant"),
    ("meting", "measurement"),
    ("uitkomst", "outcome"),
    ("periode", "period"),
    ("hoeveelheid", "amount"),
    ("portie", "portion"),
    ("etiket", "label"),
    ("winkel", "shop"),
    ("markt", "market"),
    ("seizoen", "season"),
    ("winter", "winter"),
    ("zomer", "summer"),
    ("licht", "light"),
    ("lucht", "air"),
    ("wandeling", "walk"),
    ("oefening", "exercise"),
    ("training", "training"),
    ("lichaam", "body"),
    ("hoofd", "head"),
    ("hand", "hand"),
    ("voet", "foot"),
    ("goed", "good"),
    ("klein", "small"),
    ("groot", "large"),
    ("nieuw", "new"),
    ("oud", "old"),
    ("vers", "fresh"),
    ("warm", "warm"),
    ("koud", "cold"),
    ("rustig", "quiet"),
    ("druk", "busy"),
    ("snel", "quick"),
    ("langzaam", "slow"),
    ("eenvoudig", "simple"),
    ("gewoon", "ordinary"),
    ("duidelijk", "clear"),
    ("dagelijks", "daily"),
    ("regelmatig", "regular"),
    ("samen", "together"),
    ("later", "later"),
    ("eerder", "earlier"),
    ("kiezen", "choose"),
    ("lezen", "read"),
    ("koken", "cook"),
    ("eten", "eat"),
    ("drinken", "drink"),
    ("lopen", "walk"),
    ("slapen", "sleep"),
    ("meten", "measure"),
    ("vergelijken", "compare"),
    ("beginnen", "begin"),
    ("stoppen", "stop"),
    ("letten", "notice"),
];

/// Units for the number column of the table, the same in both languages.
const UNITS: [&str; 5] = ["mg", "g", "ml", "min", "%"];

/// Words a body aims for; generation stops adding sections once it has them.
const TARGET_WORDS: usize = 1000;

fn main() -> ExitCode {
    if std::env::args().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let args = match Args::parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match generate(&args) {
        Ok(()) => {
            println!(
                "wrote {} articles (x2 languages) into {}",
                args.articles,
                args.out.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage: corpus --articles N --out DIR [--seed S]";

/// Command-line options.
struct Args {
    articles: usize,
    out: PathBuf,
    seed: u64,
}

impl Args {
    fn parse(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
        let (mut articles, mut out, mut seed) = (None, None, 42);
        while let Some(arg) = args.next() {
            let mut value = || args.next().ok_or(format!("{arg} needs a value"));
            match arg.as_str() {
                "--articles" => {
                    let v = value()?;
                    articles = Some(v.parse().map_err(|_| format!("bad --articles {v:?}"))?);
                }
                "--out" => out = Some(PathBuf::from(value()?)),
                "--seed" => {
                    let v = value()?;
                    seed = v.parse().map_err(|_| format!("bad --seed {v:?}"))?;
                }
                other => return Err(format!("unknown argument {other:?}")),
            }
        }
        Ok(Args {
            articles: articles.ok_or("--articles is required")?,
            out: out.ok_or("--out is required")?,
            seed,
        })
    }
}

/// SplitMix64: tiny, fast and good enough to pick words. Deterministic across platforms.
struct Rng(u64);

impl Rng {
    /// A generator for one article: independent of every other article's.
    fn for_item(seed: u64, item: u64) -> Rng {
        let mut rng = Rng(seed ^ item.wrapping_mul(0xA076_1D64_78BD_642F));
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability 1/n.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
}

/// A word of the plan, resolved to text per language.
#[derive(Clone, Copy)]
enum Word {
    Function(usize),
    Content(usize),
}

impl Word {
    fn text(self, lang: Lang) -> &'static str {
        let (nl, en) = match self {
            Word::Function(i) => FUNCTION_WORDS[i],
            Word::Content(i) => CONTENT_WORDS[i],
        };
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Lang {
    Nl,
    En,
}

impl Lang {
    fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

/// Inline markup on part of a sentence.
#[derive(Clone, Copy)]
enum Emphasis {
    Bold,
    Italic,
}

/// A sentence: its words, optional emphasis as (kind, first word, number of words), and an
/// optional footnote reference at its end.
struct Sentence {
    words: Vec<Word>,
    emphasis: Option<(Emphasis, usize, usize)>,
    footnote: Option<usize>,
}

/// A block of the article body.
enum Block {
    Heading(usize, Vec<Word>),
    Paragraph(Vec<Sentence>),
    List {
        numbered: bool,
        items: Vec<Sentence>,
    },
    /// Rows are (first cell, number, index into [`UNITS`], last cell).
    Table {
        header: [Vec<Word>; 3],
        rows: Vec<(Vec<Word>, u32, usize, Vec<Word>)>,
    },
    FootnoteDefinition(usize, Sentence),
}

/// Everything about one article that both languages share.
struct Plan {
    section: usize,
    title: Vec<Word>,
    description: Sentence,
    date: (usize, usize, usize),
    tags: Vec<usize>,
    body: Vec<Block>,
}

/// Picks `lo..=hi` words: a content word first, then about one function word in three.
fn words(rng: &mut Rng, lo: usize, hi: usize) -> Vec<Word> {
    let count = rng.between(lo, hi);
    (0..count)
        .map(|i| {
            if i > 0 && rng.one_in(3) {
                Word::Function(rng.below(FUNCTION_WORDS.len()))
            } else {
                Word::Content(rng.below(CONTENT_WORDS.len()))
            }
        })
        .collect()
}

fn sentence(rng: &mut Rng, lo: usize, hi: usize) -> Sentence {
    let words = words(rng, lo, hi);
    // About one sentence in five gets bold or italic words (never the capitalized first one).
    let emphasis = if words.len() > 3 && rng.one_in(5) {
        let kind = if rng.one_in(2) {
            Emphasis::Bold
        } else {
            Emphasis::Italic
        };
        let start = rng.between(1, words.len() - 2);
        Some((kind, start, rng.between(1, 2)))
    } else {
        None
    };
    Sentence {
        words,
        emphasis,
        footnote: None,
    }
}

fn paragraph(rng: &mut Rng) -> Vec<Sentence> {
    (0..rng.between(3, 6))
        .map(|_| sentence(rng, 7, 16))
        .collect()
}

fn word_count(blocks: &[Block]) -> usize {
    let sentences = |s: &[Sentence]| s.iter().map(|s| s.words.len()).sum::<usize>();
    blocks
        .iter()
        .map(|block| match block {
            Block::Heading(_, w) => w.len(),
            Block::Paragraph(s) | Block::List { items: s, .. } => sentences(s),
            Block::Table { header, rows } => {
                header.iter().map(Vec::len).sum::<usize>()
                    + rows
                        .iter()
                        .map(|(a, _, _, b)| a.len() + 1 + b.len())
                        .sum::<usize>()
            }
            Block::FootnoteDefinition(_, s) => s.words.len(),
        })
        .sum()
}

/// The body: an introduction, then `##` sections (each with a paragraph and two `###`
/// subsections) until the target length is reached. The first sections carry the bulleted
/// list, the numbered list, the table and the footnote references.
fn body(rng: &mut Rng) -> Vec<Block> {
    let mut blocks = vec![Block::Paragraph(paragraph(rng))];
    let mut section = 0;
    while section < 4 || word_count(&blocks) < TARGET_WORDS {
        blocks.push(Block::Heading(2, words(rng, 2, 5)));
        let mut first = paragraph(rng);
        if (section == 0 || section == 2)
            && let Some(last) = first.last_mut()
        {
            last.footnote = Some(if section == 0 { 1 } else { 2 });
        }
        blocks.push(Block::Paragraph(first));
        match section {
            0 | 1 => blocks.push(Block::List {
                numbered: section == 1,
                items: (0..rng.between(4, 6))
                    .map(|_| sentence(rng, 3, 9))
                    .collect(),
            }),
            2 => blocks.push(table(rng)),
            _ => {}
        }
        for _ in 0..2 {
            blocks.push(Block::Heading(3, words(rng, 2, 4)));
            blocks.push(Block::Paragraph(paragraph(rng)));
        }
        section += 1;
    }
    for n in 1..=2 {
        blocks.push(Block::FootnoteDefinition(n, sentence(rng, 8, 14)));
    }
    blocks
}

fn table(rng: &mut Rng) -> Block {
    let header = [words(rng, 1, 1), words(rng, 2, 2), words(rng, 2, 2)];
    let rows = (0..rng.between(4, 6))
        .map(|_| {
            (
                words(rng, 1, 3),
                rng.between(1, 500) as u32,
                rng.below(UNITS.len()),
                words(rng, 2, 5),
            )
        })
        .collect();
    Block::Table { header, rows }
}

fn plan(seed: u64, index: usize) -> Plan {
    let mut rng = Rng::for_item(seed, index as u64);
    let title = words(&mut rng, 3, 6);
    let description = sentence(&mut rng, 12, 20);
    let date = (
        rng.between(2016, 2025),
        rng.between(1, 12),
        rng.between(1, 28),
    );
    let mut tags = Vec::new();
    while tags.len() < 3 {
        let tag = rng.below(TAGS.len());
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    Plan {
        section: index % SECTIONS.len(),
        title,
        description,
        date,
        tags,
        body: body(&mut rng),
    }
}

/// Words joined by spaces, the first one capitalized when asked.
fn phrase(words: &[Word], lang: Lang, capitalize: bool) -> String {
    let mut text = String::new();
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        let word = word.text(lang);
        if i == 0 && capitalize {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                text.extend(first.to_uppercase());
                text.push_str(chars.as_str());
            }
        } else {
            text.push_str(word);
        }
    }
    text
}

/// A sentence as Markdown (or plain text when `markup` is false), ending in a full stop.
fn sentence_text(s: &Sentence, lang: Lang, markup: bool) -> String {
    let mut text = String::new();
    for (i, word) in s.words.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        let mark = match s.emphasis {
            Some((Emphasis::Bold, ..)) => "**",
            Some((Emphasis::Italic, ..)) => "_",
            None => "",
        };
        let (start, end) = s
            .emphasis
            .filter(|_| markup)
            .map_or((usize::MAX, usize::MAX), |(_, start, len)| {
                (start, (start + len - 1).min(s.words.len() - 1))
            });
        if i == start {
            text.push_str(mark);
        }
        text.push_str(&phrase(std::slice::from_ref(word), lang, i == 0));
        if i == end {
            text.push_str(mark);
        }
    }
    text.push('.');
    if let Some(n) = s.footnote.filter(|_| markup) {
        let _ = write!(text, "[^{n}]");
    }
    text
}

/// Words of `text` on lines of at most 100 characters.
fn wrap(text: &str) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split(' ') {
        if line > 0 && line + 1 + word.len() > 100 {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += word.len();
    }
    out
}

fn slug(words: &[Word], lang: Lang, index: usize) -> String {
    let mut slug: Vec<&str> = words.iter().map(|w| w.text(lang)).collect();
    slug.truncate(4);
    format!("{}-{index}", slug.join("-"))
}

/// One language version of an article, front matter included. A translation records the
/// digest of the `original` it was made from, as a translator's `kennis new` does.
fn article(plan: &Plan, lang: Lang, index: usize, original: Option<&str>) -> String {
    let mut md = String::from("+++\n");
    let title = phrase(&plan.title, lang, true);
    let _ = writeln!(md, "title = \"{title}\"");
    let description = sentence_text(&plan.description, lang, false);
    let _ = writeln!(md, "description = \"{description}\"");
    let (y, m, d) = plan.date;
    let _ = writeln!(md, "date = {y}-{m:02}-{d:02}");
    if lang == Lang::En {
        let _ = writeln!(md, "slug = \"{}\"", slug(&plan.title, lang, index));
    }
    if let Some(original) = original {
        let body = original.splitn(3, "+++\n").nth(2).unwrap_or_default();
        let digest = digest_of(
            &phrase(&plan.title, Lang::Nl, true),
            &sentence_text(&plan.description, Lang::Nl, false),
            body,
        );
        let _ = writeln!(md, "translation_of_digest = \"{digest}\"");
    }
    let tags: Vec<String> = plan
        .tags
        .iter()
        .map(|&t| {
            let (nl, en) = TAGS[t];
            format!("\"{}\"", if lang == Lang::Nl { nl } else { en })
        })
        .collect();
    let _ = writeln!(md, "tags = [{}]", tags.join(", "));
    // One reference per article, complete as kennis asks (a year, and for a web page the day
    // it was consulted), cited at the end of every paragraph as an editor cites, so the
    // citation and claim checks have their usual work. (example.org: a benchmark source, not a real one.)
    let _ = writeln!(
        md,
        "\n[[references]]\nid = \"bron-{index}\"\ntitle = \"{title}\"\nyear = 2024\nurl = \"https://example.org/bron/{index}\"\naccessed = 2025-01-15\ntype = \"webpage\""
    );
    md.push_str("+++\n");

    for block in &plan.body {
        md.push('\n');
        match block {
            Block::Heading(level, words) => {
                let _ = writeln!(md, "{} {}", "#".repeat(*level), phrase(words, lang, true));
            }
            Block::Paragraph(sentences) => {
                let mut text: Vec<String> = sentences
                    .iter()
                    .map(|s| sentence_text(s, lang, true))
                    .collect();
                if let Some(last) = text.last_mut() {
                    let _ = write!(last, " [@bron-{index}]");
                }
                let _ = writeln!(md, "{}", wrap(&text.join(" ")));
            }
            Block::List { numbered, items } => {
                for (i, item) in items.iter().enumerate() {
                    let marker = if *numbered {
                        format!("{}.", i + 1)
                    } else {
                        "-".to_string()
                    };
                    let _ = writeln!(md, "{marker} {}", sentence_text(item, lang, true));
                }
            }
            Block::Table { header, rows } => {
                let cells: Vec<String> = header.iter().map(|h| phrase(h, lang, true)).collect();
                let _ = writeln!(md, "| {} |\n|---|--:|---|", cells.join(" | "));
                for (first, number, unit, last) in rows {
                    let _ = writeln!(
                        md,
                        "| {} | {number} {} | {} |",
                        phrase(first, lang, true),
                        UNITS[*unit],
                        phrase(last, lang, false)
                    );
                }
            }
            Block::FootnoteDefinition(n, s) => {
                let _ = writeln!(md, "[^{n}]: {}", sentence_text(s, lang, true));
            }
        }
    }
    md
}

fn section_index(section: usize, lang: Lang) -> String {
    let (key, nl_title, en_slug, en_title) = SECTIONS[section];
    let (title, slug) = match lang {
        Lang::Nl => (nl_title, None),
        Lang::En => (en_title, Some(en_slug)),
    };
    let description = match lang {
        Lang::Nl => format!(
            "Alle artikelen over {}, het nieuwste eerst.",
            key.replace('-', " ")
        ),
        Lang::En => format!("All articles on {}, newest first.", en_title.to_lowercase()),
    };
    let mut md = format!("+++\ntitle = \"{title}\"\ndescription = \"{description}\"\n");
    if let Some(slug) = slug {
        let _ = writeln!(md, "slug = \"{slug}\"");
    }
    md.push_str("+++\n");
    md
}

fn home_intro(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => {
            "+++\ntitle = \"Kennis\"\ndescription = \"Synthetische artikelen voor een benchmark.\"\n+++\n\n\
             Deze site is gemaakt door `examples/corpus.rs`: de tekst heeft geen betekenis.\n"
        }
        Lang::En => {
            "+++\ntitle = \"Kennis\"\ndescription = \"Synthetic articles for a benchmark.\"\n+++\n\n\
             This site was made by `examples/corpus.rs`: the text has no meaning.\n"
        }
    }
}

const SITE_TOML: &str = r#"# Generated by examples/corpus.rs for benchmarks.
base_url = "https://kennis.example.org/"
default_language = "nl"
theme = "default"

[languages.nl]
title = "Kennis"
description = "Onderbouwde informatie over voeding, slaap en stress, met bronnen bij elke bewering."
locale = "nl_NL"
tags_slug = "onderwerpen"

[languages.en]
title = "Kennis"
description = "Evidence-based information on nutrition, sleep and stress, with sources for every claim."
locale = "en_GB"
tags_slug = "topics"

# The nonsense text has no sources for its "claims": report them, but build.
[claims]
uncited = "warn"
"#;

fn generate(args: &Args) -> io::Result<()> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).canonicalize()?;
    // Never clear the repository's own content, nor copy a folder into itself, by mistake.
    let out = resolved(&args.out)?;
    let inside_copied = ["i18n", "themes"]
        .iter()
        .any(|dir| out.starts_with(repo.join(dir)));
    if repo.starts_with(&out) || inside_copied {
        return Err(io::Error::other(format!(
            "refusing to write into {}: it is (or contains, or lies in) the repository's sources",
            out.display()
        )));
    }
    fs::create_dir_all(&out)?;
    for name in ["content", "i18n", "themes"] {
        let path = out.join(name);
        if path.exists() {
            fs::remove_dir_all(&path)?;
        }
    }
    fs::write(out.join("site.toml"), SITE_TOML)?;
    copy_dir(&repo.join("i18n"), &out.join("i18n"))?;
    copy_dir(&repo.join("themes"), &out.join("themes"))?;

    let content = out.join("content");
    fs::create_dir_all(&content)?;
    for lang in [Lang::Nl, Lang::En] {
        fs::write(
            content.join(format!("_index.{}.md", lang.code())),
            home_intro(lang),
        )?;
    }
    for (section, (key, ..)) in SECTIONS.iter().enumerate() {
        let dir = content.join(key);
        fs::create_dir_all(&dir)?;
        for lang in [Lang::Nl, Lang::En] {
            let file = dir.join(format!("_index.{}.md", lang.code()));
            fs::write(file, section_index(section, lang))?;
        }
    }
    for index in 0..args.articles {
        let plan = plan(args.seed, index);
        let dir = content.join(SECTIONS[plan.section].0);
        let key = slug(&plan.title, Lang::Nl, index);
        let dutch = article(&plan, Lang::Nl, index, None);
        let english = article(&plan, Lang::En, index, Some(&dutch));
        fs::write(dir.join(format!("{key}.nl.md")), dutch)?;
        fs::write(dir.join(format!("{key}.en.md")), english)?;
    }
    Ok(())
}

/// `path` made absolute with symlinks resolved, also when (the end of) it does not exist yet.
fn resolved(path: &Path) -> io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let mut existing = absolute.as_path();
    let mut missing = Vec::new();
    while !existing.exists() {
        missing.extend(existing.file_name());
        existing = existing.parent().unwrap_or(Path::new("/"));
    }
    let mut resolved = existing.canonicalize()?;
    resolved.extend(missing.iter().rev());
    Ok(resolved)
}

/// Copies a folder recursively (regular files and folders only).
fn copy_dir(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}
