use super::*;

#[test]
fn citations_of_renamed_keys_cite_the_new_ones() {
    let renamed: HashMap<String, String> = [
        ("smit-2018".to_string(), "uwitonze-2018".to_string()),
        ("dai-2018".to_string(), "dai-2018-2".to_string()),
    ]
    .into();
    let markdown = "+++\ntitle = \"[@smit-2018]\"\n+++\n\nA [@smit-2018]. B [@dai-2018; @smit-2018-2, p. 3]. C \\[@smit-2018\\].\n";
    assert_eq!(
        cite_renamed(markdown, &renamed),
        "+++\ntitle = \"[@smit-2018]\"\n+++\n\nA [@uwitonze-2018]. B [@dai-2018-2; @smit-2018-2, p. 3]. C \\[@smit-2018\\].\n"
    );
}

#[test]
fn a_reference_line_of_the_report_says_what_became_of_it() {
    let mut report = Report::default();
    report.recognised(7, "reference list");
    report.recognised(8, "reference 1 → \"smit-2018\"");
    report.recognised(9, "reference 2 → \"smit-2018-2\"");
    let line = note_reference(&mut report, "smit-2018", "is \"x\" from the bibliography");
    assert_eq!(line, 8);
    assert_eq!(
        report.entries[1].message,
        "reference 1 is \"x\" from the bibliography"
    );
    assert_eq!(report.entries[2].message, "reference 2 → \"smit-2018-2\"");
    assert_eq!(note_reference(&mut report, "elders", "→ \"y\""), 7);
    assert_eq!(report.entries[3].message, "reference \"elders\" → \"y\"");
}

#[test]
fn notes_on_merged_entries_name_the_id_cited_now() {
    let mut report = Report::default();
    report.review(
        9,
        "reference 4 is the same work as \"a\" (PMID 1): merged into it",
    );
    report.review(
        10,
        "reference 5 is the same work as \"b\" (PMID 2): merged into it",
    );
    let renamed: HashMap<String, String> = [
        ("a".to_string(), "b".to_string()),
        ("b".to_string(), "a".to_string()),
    ]
    .into();
    rename_merged_mentions(&mut report, &renamed);
    assert_eq!(
        report.entries[0].message,
        "reference 4 is the same work as \"b\" (PMID 1): merged into it"
    );
    assert_eq!(
        report.entries[1].message,
        "reference 5 is the same work as \"a\" (PMID 2): merged into it"
    );
}

#[test]
fn what_the_bibliography_lacks() {
    let shared = Reference {
        id: "a".into(),
        title: Some("T".into()),
        doi: Some("10.1/x".into()),
        ..Reference::default()
    };
    let imported = Reference {
        id: "b".into(),
        title: Some("T".into()),
        pages: Some("1-2".into()),
        pmid: Some("1".into()),
        ..Reference::default()
    };
    assert_eq!(lacking(&shared, &imported), vec!["pages", "pmid"]);
}

proptest::proptest! {
    /// Whatever the text, renaming never panics, changes nothing but the keys of citations,
    /// and every citation of a renamed key cites its new key.
    #[test]
    fn renaming_changes_only_the_keys_it_renames(
        text in "[a-z @;,.\\[\\]\\\\\n-]{0,80}",
        old in "[a-z]{1,3}",
        new in "[a-z]{1,3}-[0-9]",
    ) {
        let markdown = format!("+++\ntitle = \"t\"\n+++\n\n{text} [@{old}] [@q9; @{old}, p. 2]\n");
        let renamed: HashMap<String, String> = [(old.clone(), new.clone())].into();
        let out = cite_renamed(&markdown, &renamed);
        let body = |m: &str| m[write::written_body_start(m)..].to_string();
        // An escaped `\[@key]` is text, not a citation, and is never renamed.
        let keys = |m: &str| -> Vec<String> {
            let body = body(m);
            citations::find(&body)
                .into_iter()
                .filter(|c| !body[..c.range.start].ends_with('\\'))
                .flat_map(|c| c.items)
                .map(|i| i.key)
                .collect()
        };
        let before: Vec<String> = keys(&markdown)
            .into_iter()
            .map(|k| if k == old { new.clone() } else { k })
            .collect();
        proptest::prop_assert_eq!(keys(&out), before);
        let tail = format!("[@{new}] [@q9; @{new}, p. 2]\n");
        proptest::prop_assert!(out.ends_with(&tail));
    }
}
