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
