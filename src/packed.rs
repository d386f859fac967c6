//! A list of short strings kept in one allocation: the ids and URLs of every page of a large
//! site are held until the link check, and as separate `String`s their headers and allocations
//! would take several times the room of their text.

/// Strings in order, packed into one buffer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackedStrings {
    text: String,
    /// Where each string ends in `text`.
    ends: Vec<u32>,
}

impl PackedStrings {
    /// Adds `item` at the end.
    pub fn push(&mut self, item: &str) {
        self.text.push_str(item);
        // A page's ids and URLs come nowhere near 4 GiB; a longer list saturates its offsets
        // rather than wrapping them.
        self.ends
            .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
    }

    /// Adds every string of `other` at the end.
    pub fn extend_from(&mut self, other: &PackedStrings) {
        for item in other.iter() {
            self.push(item);
        }
    }

    /// The strings, in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &str> + '_ {
        let mut start = 0usize;
        self.ends.iter().map(move |&end| {
            let end = (end as usize).min(self.text.len());
            let item = self.text.get(start..end).unwrap_or_default();
            start = end;
            item
        })
    }

    /// How many strings there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// True when one of the strings is `item`.
    pub fn contains(&self, item: &str) -> bool {
        self.iter().any(|i| i == item)
    }

    /// Gives back the room the lists grew into.
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

impl<'a> FromIterator<&'a str> for PackedStrings {
    fn from_iter<I: IntoIterator<Item = &'a str>>(items: I) -> Self {
        let mut packed = PackedStrings::default();
        for item in items {
            packed.push(item);
        }
        packed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_strings_in_order_empty_ones_too() {
        let packed: PackedStrings = ["#a", "", "/nl/é/", "#a"].into_iter().collect();
        assert_eq!(packed.len(), 4);
        assert_eq!(
            packed.iter().collect::<Vec<_>>(),
            ["#a", "", "/nl/é/", "#a"]
        );
        assert!(packed.contains("/nl/é/"));
        assert!(!packed.contains("/nl/"));
        let mut more = PackedStrings::default();
        more.push("x");
        more.extend_from(&packed);
        assert_eq!(more.iter().last(), Some("#a"));
        assert_eq!(more.len(), 5);
    }
}
