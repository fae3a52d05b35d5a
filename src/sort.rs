//! One small sort for the whole crate.
//!
//! The standard library's sorts (driftsort, ipnsort) are fast but large: each element type and
//! comparator gets its own copy of several kilobytes of code, and pagenorm's eleven call sites
//! came to about 50 KB of the wasm before compression. The lists pagenorm sorts are short
//! (a name's words, a page's names, a run of combining marks, a text's offsets), so a heapsort —
//! O(n log n) in the worst case, so no input can make it slow, and a few hundred bytes per use —
//! serves them all.

use std::cmp::Ordering;

/// Sorts `v` so that no element is `less` than one before it (not stable: equal elements may
/// change order).
pub(crate) fn sort_unstable_by<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    let sift_down = |v: &mut [T], mut node: usize, end: usize| loop {
        let mut child = 2 * node + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && less(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !less(&v[node], &v[child]) {
            break;
        }
        v.swap(node, child);
        node = child;
    };
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift_down(v, i, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

/// Sorts `v` in ascending order (one instantiation per element type, where each closure passed
/// to [`sort_unstable_by`] makes its own).
pub(crate) fn sort_ascending<T: PartialOrd>(v: &mut [T]) {
    sort_unstable_by(v, T::lt);
}

/// Sorts `v` by `cmp`, keeping equal elements in their order (as `slice::sort_by` does).
pub(crate) fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    sort_unstable_by(&mut order, |&a, &b| {
        cmp(&v[a as usize], &v[b as usize]).then(a.cmp(&b)) == Ordering::Less
    });
    let mut items: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().filter_map(|&i| items[i as usize].take()));
}

/// Sorts `v` by a key, keeping equal elements in their order (as `slice::sort_by_key` does).
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_library_does(v in prop::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut want = v.clone();
            want.sort_by_key(|x| x.0);
            let mut got = v.clone();
            sort_by_key(&mut got, |x| x.0);
            prop_assert_eq!(&got, &want);
            let mut want = v.clone();
            want.sort_unstable();
            let mut got = v;
            sort_unstable_by(&mut got, |a, b| a < b);
            prop_assert_eq!(got, want);
        }
    }
}
