//! Typed ids for a site's pages, and lists indexed by them. An [`ArticleId`] picks the same
//! article in [`super::Site::articles`], in its rendered bodies and in its search documents, and
//! cannot be used to index a list of sections by mistake.

use std::fmt;
use std::marker::PhantomData;
use std::ops::{Index, IndexMut};

use rayon::prelude::*;

/// An id that is a position in a [`PageList`].
pub trait PageId: Copy {
    /// The id of the item at `index`.
    fn from_index(index: usize) -> Self;
    /// The item's position.
    fn index(self) -> usize;
}

macro_rules! page_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(usize);

        impl PageId for $name {
            fn from_index(index: usize) -> Self {
                $name(index)
            }
            fn index(self) -> usize {
                self.0
            }
        }
    };
}

page_id!(
    /// An article of the site.
    ArticleId
);
page_id!(
    /// A section page of the site.
    SectionId
);

/// One item per page of one kind, in the site's order, indexed by the pages' ids.
pub struct PageList<Id, T> {
    items: Vec<T>,
    id: PhantomData<fn() -> Id>,
}

impl<Id: PageId, T> PageList<Id, T> {
    /// Adds an item; returns its id.
    pub fn push(&mut self, item: T) -> Id {
        self.items.push(item);
        Id::from_index(self.items.len() - 1)
    }

    /// The item of `id`, if the list has one.
    pub fn get(&self, id: Id) -> Option<&T> {
        self.items.get(id.index())
    }

    /// The item of `id` to change, if the list has one.
    pub fn get_mut(&mut self, id: Id) -> Option<&mut T> {
        self.items.get_mut(id.index())
    }

    /// How many items there are.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The list itself, for the loader, which orders and filters it before any id is handed out.
    pub(crate) fn items_mut(&mut self) -> &mut Vec<T> {
        &mut self.items
    }

    /// The items in order, to change.
    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.items.iter_mut()
    }

    /// The items in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// The items in order, with their ids.
    pub fn with_ids(&self) -> impl DoubleEndedIterator<Item = (Id, &T)> + ExactSizeIterator {
        self.items
            .iter()
            .enumerate()
            .map(|(i, item)| (Id::from_index(i), item))
    }

    /// Every id, in order.
    pub fn ids(&self) -> impl DoubleEndedIterator<Item = Id> + ExactSizeIterator + use<Id, T> {
        (0..self.items.len()).map(Id::from_index)
    }

    /// The items, to be worked on in parallel.
    pub fn par_iter(&self) -> rayon::slice::Iter<'_, T>
    where
        T: Sync,
    {
        self.items.par_iter()
    }

    /// The items with their ids, to be worked on in parallel.
    pub fn par_with_ids(&self) -> impl IndexedParallelIterator<Item = (Id, &T)>
    where
        T: Sync,
        Id: Send,
    {
        self.items
            .par_iter()
            .enumerate()
            .map(|(i, item)| (Id::from_index(i), item))
    }
}

impl<Id: PageId, T> Index<Id> for PageList<Id, T> {
    type Output = T;
    fn index(&self, id: Id) -> &T {
        &self.items[id.index()]
    }
}

impl<Id: PageId, T> IndexMut<Id> for PageList<Id, T> {
    fn index_mut(&mut self, id: Id) -> &mut T {
        &mut self.items[id.index()]
    }
}

impl<Id, T> Default for PageList<Id, T> {
    fn default() -> Self {
        PageList {
            items: Vec::new(),
            id: PhantomData,
        }
    }
}

impl<Id, T: Clone> Clone for PageList<Id, T> {
    fn clone(&self) -> Self {
        PageList {
            items: self.items.clone(),
            id: PhantomData,
        }
    }
}

impl<Id, T: fmt::Debug> fmt::Debug for PageList<Id, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.items.fmt(f)
    }
}

impl<Id, T> FromIterator<T> for PageList<Id, T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        PageList {
            items: items.into_iter().collect(),
            id: PhantomData,
        }
    }
}

impl<Id, T: Send> FromParallelIterator<T> for PageList<Id, T> {
    fn from_par_iter<I: IntoParallelIterator<Item = T>>(items: I) -> Self {
        PageList {
            items: Vec::from_par_iter(items),
            id: PhantomData,
        }
    }
}

impl<'a, Id, T> IntoIterator for &'a PageList<Id, T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<'a, Id, T: Sync + 'a> IntoParallelIterator for &'a PageList<Id, T> {
    type Item = &'a T;
    type Iter = rayon::slice::Iter<'a, T>;
    fn into_par_iter(self) -> Self::Iter {
        self.items.par_iter()
    }
}
