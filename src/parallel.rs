//! Running batch work on a chosen number of threads.

use crate::error::{Error, Result};

/// Runs `work` on rayon: the global pool (all cores) for `None`, a pool of `n` threads for
/// `Some(n)`. `work` must use rayon's parallel iterators to benefit.
pub fn with_threads<R: Send>(threads: Option<usize>, work: impl FnOnce() -> R + Send) -> Result<R> {
    match threads {
        None => Ok(work()),
        Some(0) => Err(Error::InvalidArgument {
            name: "threads",
            reason: "must be at least 1 (or None for all cores)".into(),
        }),
        Some(n) => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| Error::InvalidArgument {
                    name: "threads",
                    reason: format!("cannot start {n} threads: {e}"),
                })?;
            Ok(pool.install(work))
        }
    }
}
