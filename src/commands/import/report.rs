//! What the importer tells the editor: what it recognised, what it dropped and what a person
//! should look at, each with its line in the input (or, for what is found once the article is
//! made, such as a health claim left without a source, its line in another file).

use std::fmt;

/// The three things a report line can say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    /// Structure found in the text (a heading, a list, a table …).
    Recognised,
    /// A line left out of the article (noise, a repeated heading …).
    Dropped,
    /// Something the importer was unsure about.
    Review,
}

impl Category {
    fn as_str(self) -> &'static str {
        match self {
            Category::Recognised => "recognised",
            Category::Dropped => "dropped",
            Category::Review => "review",
        }
    }
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The file `line` is in, when it is not the input: the article written (an uncited claim)
    /// or a file of the site (its bibliography).
    pub file: Option<String>,
    /// Line in the input, or in `file`.
    pub line: usize,
    /// What kind of note it is.
    pub category: Category,
    /// What was found, dropped or needs a look.
    pub message: String,
}

/// The report of one import.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Entries in input order.
    pub entries: Vec<Entry>,
}

impl Report {
    /// Notes structure found at `line`.
    pub fn recognised(&mut self, line: usize, message: impl Into<String>) {
        self.push(line, Category::Recognised, message.into());
    }

    /// Notes a line left out.
    pub fn dropped(&mut self, line: usize, message: impl Into<String>) {
        self.push(line, Category::Dropped, message.into());
    }

    /// Notes something a person should check.
    pub fn review(&mut self, line: usize, message: impl Into<String>) {
        self.push(line, Category::Review, message.into());
    }

    /// Notes something a person should check at `line` of `file`, a file other than the input
    /// (the article written, the site's bibliography).
    pub fn review_in(&mut self, file: impl Into<String>, line: usize, message: impl Into<String>) {
        self.entries.push(Entry {
            file: Some(file.into()),
            line,
            category: Category::Review,
            message: message.into(),
        });
    }

    /// Notes `message` at `line` in the given category.
    pub fn note(&mut self, line: usize, category: Category, message: impl Into<String>) {
        self.push(line, category, message.into());
    }

    fn push(&mut self, line: usize, category: Category, message: String) {
        self.entries.push(Entry {
            file: None,
            line,
            category,
            message,
        });
    }

    /// The entries of one category.
    pub fn of(&self, category: Category) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.category == category)
    }

    /// The report as text, one entry per line as `input:line: category: message`, in line order;
    /// then the entries about other files, as `file:line: category: message`, by file and line.
    pub fn render(&self, input: &str) -> String {
        let mut entries: Vec<&Entry> = self.entries.iter().collect();
        entries.sort_by(|a, b| (&a.file, a.line, a.category).cmp(&(&b.file, b.line, b.category)));
        entries
            .iter()
            .map(|e| {
                let file = e.file.as_deref().unwrap_or(input);
                format!("{file}:{}: {}: {}\n", e.line, e.category, e.message)
            })
            .collect()
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A shortened quotation of input text for report messages.
pub fn quote(text: &str) -> String {
    const MAX: usize = 70;
    if text.chars().count() <= MAX {
        format!("\"{text}\"")
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("\"{} …\"", cut.trim_end())
    }
}
