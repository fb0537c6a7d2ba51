//! A small ordered set for filter selections.
//!
//! A selection holds a handful of values, so a sorted `Vec` is as fast as a
//! B-tree and far smaller in WebAssembly than five `BTreeSet` instantiations.

/// Values kept sorted and unique.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SmallSet<T>(Vec<T>);

impl<T> Default for SmallSet<T> {
    fn default() -> Self {
        SmallSet(Vec::new())
    }
}

impl<T: Ord> SmallSet<T> {
    pub fn contains(&self, v: &T) -> bool {
        self.0.binary_search(v).is_ok()
    }

    /// Adds `v`; returns false when it was already there.
    pub fn insert(&mut self, v: T) -> bool {
        match self.0.binary_search(&v) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, v);
                true
            }
        }
    }

    /// Removes `v` if present, adds it otherwise.
    pub fn toggle(&mut self, v: T) {
        match self.0.binary_search(&v) {
            Ok(at) => {
                self.0.remove(at);
            }
            Err(at) => self.0.insert(at, v),
        }
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl<T: Ord> FromIterator<T> for SmallSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = SmallSet::default();
        for v in iter {
            set.insert(v);
        }
        set
    }
}
