//! What the importer tells the editor: what it recognised, what it dropped and what a person
//! should look at, each with its line in the input.

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
    /// Line in the input.
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

    fn push(&mut self, line: usize, category: Category, message: String) {
        self.entries.push(Entry {
            line,
            category,
            message,
        });
    }

    /// The entries of one category.
    pub fn of(&self, category: Category) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.category == category)
    }

    /// The report as text, one entry per line as `input:line: category: message`, in line order.
    pub fn render(&self, input: &str) -> String {
        let mut entries: Vec<&Entry> = self.entries.iter().collect();
        entries.sort_by_key(|e| (e.line, e.category));
        entries
            .iter()
            .map(|e| format!("{input}:{}: {}: {}\n", e.line, e.category, e.message))
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
