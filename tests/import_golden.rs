//! The five seed articles, imported: compared with golden output that was read line by line
//! against each seed, checked to lose no sentence, and checked to be valid kennis content.
//!
//! After a deliberate change to the importer, rewrite the golden files with
//! `KENNIS_UPDATE_GOLDEN=1 cargo test --test import_golden` and read the diff before committing.

mod common;

use std::path::PathBuf;

use kennis::commands::import::markers::Markers;
use kennis::commands::import::{Imported, TextOptions, import_text};
use kennis::diagnostics::SourceText;
use kennis::load::content::files::{ContentFile, FileKey, Role};
use kennis::load::content::front_matter::Date;
use kennis::load::content::read::{self, Page};

/// The seeds, with the title to give those whose text leaves it in doubt: 001 starts with
/// body text; in 000 and 002 the title is followed by a line that could be the title too (a
/// question, a subtitle), so `kennis import` asks for `--title`.
const SEEDS: [(&str, Option<&str>); 5] = [
    (
        "000_fbae2769bc8fe257",
        Some(
            "Magnesiumtekort en slaapproblemen in de winter? Hoe een magnesiumtekort je GABA en \
             diepe slaap verstoort",
        ),
    ),
    (
        "001_6eb26261a3d0ff06",
        Some("Magnesium en een goede nachtrust"),
    ),
    (
        "002_9f7681e32e69bf05",
        Some("Waarom veel mensen (ongemerkt) magnesiumtekort hebben"),
    ),
    ("003_1c05dcb67dda3d5d", None),
    ("004_7b019d330a10533c", None),
];

fn seed_path(stem: &str) -> PathBuf {
    common::repo_root().join(format!("tests/fixtures/seeds/{stem}.txt"))
}

fn golden_path(stem: &str, extension: &str) -> PathBuf {
    common::repo_root().join(format!("tests/golden/import/{stem}.{extension}"))
}

fn import_seed(stem: &str, title: Option<&str>) -> (String, Imported) {
    let input = std::fs::read_to_string(seed_path(stem)).expect("seed");
    let markers = Markers::built_in("nl").expect("markers");
    let options = TextOptions {
        date: Date {
            year: 2025,
            month: 12,
            day: 1,
        },
        date_given: true,
        title: title.map(str::to_string),
    };
    let imported = import_text(&input, &options, &markers);
    (input, imported)
}

fn compare_with_golden(path: PathBuf, actual: &str) {
    if std::env::var_os("KENNIS_UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with KENNIS_UPDATE_GOLDEN=1)", path.display()));
    if expected != actual {
        let first_difference = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from the importer's output at line {}:\n  golden: {:?}\n  actual: {:?}",
            path.display(),
            first_difference + 1,
            expected.lines().nth(first_difference),
            actual.lines().nth(first_difference)
        );
    }
}

#[test]
fn each_seed_matches_its_golden_article_and_report() {
    for (stem, title) in SEEDS {
        let (_, imported) = import_seed(stem, title);
        compare_with_golden(golden_path(stem, "nl.md"), &imported.markdown);
        let report = imported.report.render(&format!("seeds/{stem}.txt"));
        compare_with_golden(golden_path(stem, "report.txt"), &report);
    }
}

#[test]
fn each_imported_seed_is_valid_kennis_content() {
    for (stem, title) in SEEDS {
        let (_, imported) = import_seed(stem, title);
        let file = ContentFile {
            path: PathBuf::from(format!("content/artikelen/{}.nl.md", imported.key)),
            display_path: format!("content/artikelen/{}.nl.md", imported.key),
            role: Role::Article,
            key: FileKey {
                section: "artikelen".into(),
                key: imported.key.clone(),
                lang: "nl".into(),
            },
        };
        let source = SourceText::new(file.display_path.clone(), imported.markdown.clone());
        match read::parse(source, &file, false) {
            Ok(Page::Article(article)) => {
                assert!(!article.meta.description.is_empty());
            }
            Ok(_) => panic!("{stem}: not read as an article"),
            Err(problems) => panic!("{stem}: {problems:#?}"),
        }
    }
}

/// Text as a reader sees it: Markdown's escapes, markers and table pipes gone, quotes and white
/// space normalised.
fn readable(text: &str) -> String {
    let text = text
        .replace('\\', "")
        .replace(['|', '<', '>', '“', '”', '"', '_', '*'], " ")
        .replace("[!NOTE]", " ")
        .replace("[!TIP]", " ")
        .replace('#', " ");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The front matter and the body of an imported article.
fn split_article(markdown: &str) -> (&str, &str) {
    let rest = markdown.strip_prefix("+++\n").expect("front matter");
    let end = rest.find("\n+++\n").expect("end of front matter");
    (&rest[..end], &rest[end + 5..])
}

#[test]
fn no_sentence_of_a_seed_is_lost() {
    let sentence_end = regex::Regex::new(r"(?:[.?!…])\s+").unwrap();
    let identifier = regex::Regex::new(
        r"https?://pubmed\.ncbi\.nlm\.nih\.gov/(\d+)|https?://pmc\.ncbi\.nlm\.nih\.gov/articles/(PMC\d+)|https?://doi\.org/(\S+?)/?(?:\s|$)|(https?://[^\s#]+)",
    )
    .unwrap();
    for (stem, title) in SEEDS {
        let (input, imported) = import_seed(stem, title);
        let (front, body) = split_article(&imported.markdown);
        // Dropped lines; the title and date lines, which go to the front matter.
        let elsewhere: Vec<usize> = imported
            .report
            .entries
            .iter()
            .filter(|e| {
                e.category == kennis::commands::import::report::Category::Dropped
                    || e.message.starts_with("date ")
                    || e.message.starts_with("title ")
            })
            .map(|e| e.line)
            .collect();
        let body = readable(body);
        let references_start = input
            .lines()
            .position(|l| l.trim().starts_with("Bronnen"))
            .unwrap_or(usize::MAX);
        for (i, line) in input.lines().enumerate() {
            if elsewhere.contains(&(i + 1)) || i >= references_start {
                continue;
            }
            // Markers the importer turns into structure.
            let text = line
                .trim()
                .trim_start_matches(['-', '•', '–', '✔'])
                .trim_start_matches("[TIP] Tip:")
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .trim_start_matches(". ")
                .trim();
            for sentence in sentence_end.split(text) {
                let sentence = readable(sentence.trim_end_matches([':', '.', '?', '!', '…']));
                assert!(
                    sentence.is_empty() || body.contains(&sentence),
                    "{stem}, line {}: lost {sentence:?}",
                    i + 1
                );
            }
        }
        // Every identifier of the reference list is in the front matter.
        for line in input
            .lines()
            .skip(references_start.min(input.lines().count()))
        {
            for c in identifier.captures_iter(line) {
                let wanted = (1..=4).find_map(|g| c.get(g)).unwrap().as_str();
                assert!(
                    front.contains(wanted.trim_end_matches(['.', ','])),
                    "{stem}: {wanted} is not in the front matter"
                );
            }
        }
    }
}

/// Texts written for one importer feature each (fictional sources), imported and compared
/// with golden output like the seeds.
const FEATURE_TEXTS: [&str; 1] = ["references-everywhere"];

#[test]
fn each_feature_text_matches_its_golden_article_and_report() {
    let markers = Markers::built_in("nl").expect("markers");
    let options = TextOptions {
        date: Date {
            year: 2025,
            month: 12,
            day: 1,
        },
        date_given: true,
        title: None,
    };
    for stem in FEATURE_TEXTS {
        let path = common::repo_root().join(format!("tests/fixtures/import_text/{stem}.txt"));
        let input = std::fs::read_to_string(path).expect("feature text");
        let imported = import_text(&input, &options, &markers);
        compare_with_golden(golden_path(stem, "nl.md"), &imported.markdown);
        let report = imported.report.render(&format!("import_text/{stem}.txt"));
        compare_with_golden(golden_path(stem, "report.txt"), &report);
    }
}

/// References wherever they stand: a list at the top, a "Bron:" line under a paragraph and
/// numbered notes at the end; every marker cites an entry that is in the front matter, and the
/// article is valid content.
#[test]
fn references_everywhere_are_found_and_cited() {
    let markers = Markers::built_in("nl").expect("markers");
    let options = TextOptions {
        date: Date {
            year: 2025,
            month: 12,
            day: 1,
        },
        date_given: true,
        title: None,
    };
    let path = common::repo_root().join("tests/fixtures/import_text/references-everywhere.txt");
    let input = std::fs::read_to_string(path).expect("feature text");
    let imported = import_text(&input, &options, &markers);
    let (front, body) = split_article(&imported.markdown);
    let table: toml::Table = front.parse().expect("front matter");
    let ids: Vec<&str> = table["references"]
        .as_array()
        .expect("references")
        .iter()
        .map(|r| r["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids.len(), 6, "{ids:?}");
    let citation = regex::Regex::new(r"\[(@[^\]]+)\]").unwrap();
    let cited: Vec<&str> = citation
        .captures_iter(body)
        .flat_map(|c| c.get(1).unwrap().as_str().split("; "))
        .map(|k| k.trim_start_matches('@'))
        .collect();
    assert_eq!(cited.len(), 5, "{body}");
    for key in cited {
        assert!(ids.contains(&key), "{key} is not a reference");
    }
    assert!(body.contains("Bronnen: noten, zaden"), "{body}");
    assert!(!body.contains("Bron: Voedingscentrum"), "{body}");
    let file = ContentFile {
        path: PathBuf::from("content/artikelen/x.nl.md"),
        display_path: "content/artikelen/x.nl.md".into(),
        role: Role::Article,
        key: FileKey {
            section: "artikelen".into(),
            key: "x".into(),
            lang: "nl".into(),
        },
    };
    let source = SourceText::new(file.display_path.clone(), imported.markdown.clone());
    assert!(matches!(
        read::parse(source, &file, false),
        Ok(Page::Article(_))
    ));
}
