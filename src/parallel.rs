//! Running batch work on a chosen number of threads, and surviving `fork`.
//!
//! rayon's global pool does not survive `os.fork` (multiprocessing, Spark and Dask workers): the
//! child inherits a registry whose threads do not exist, and work sent to it never runs. So the
//! global pool is only used in the process that started it; a forked child gets a pool of its own.

use std::sync::{Arc, Mutex, OnceLock};

use crate::error::{Error, Result};

/// The process that owns rayon's global pool (the first to use it).
static POOL_OWNER: OnceLock<u32> = OnceLock::new();
/// A pool for a forked child, keyed by the child's pid (a grandchild builds its own).
static CHILD_POOL: Mutex<Option<(u32, Arc<rayon::ThreadPool>)>> = Mutex::new(None);

fn build_pool(n: usize) -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build()
        .map_err(|e| Error::InvalidArgument {
            name: "threads",
            reason: format!("cannot start {n} threads: {e}"),
        })
}

/// Pools of a chosen size, kept for the next call: a pool started per call runs its first
/// documents on a cold thread. Keyed by the process too, so that a forked child starts its own.
static SIZED_POOLS: Mutex<Vec<(u32, usize, Arc<rayon::ThreadPool>)>> = Mutex::new(Vec::new());

fn sized_pool(n: usize) -> Result<Arc<rayon::ThreadPool>> {
    let pid = std::process::id();
    let mut pools = SIZED_POOLS.lock().unwrap_or_else(|e| e.into_inner());
    pools.retain(|(owner, ..)| *owner == pid);
    if let Some((.., pool)) = pools.iter().find(|(_, size, _)| *size == n) {
        return Ok(pool.clone());
    }
    let pool = Arc::new(build_pool(n)?);
    pools.push((pid, n, pool.clone()));
    Ok(pool)
}

/// Runs `work` on rayon: every core for `None`, a pool of `n` threads for `Some(n)` (`work`
/// called outside any pool would run on the global one, so even `Some(1)` gets its own pool).
pub fn with_threads<R: Send>(threads: Option<usize>, work: impl FnOnce() -> R + Send) -> Result<R> {
    match threads {
        Some(0) => Err(Error::InvalidArgument {
            name: "threads",
            reason: "must be at least 1 (or None for all cores)".into(),
        }),
        Some(n) => Ok(sized_pool(n)?.install(work)),
        None => {
            let pid = std::process::id();
            if *POOL_OWNER.get_or_init(|| pid) == pid {
                return Ok(work());
            }
            let pool = {
                let mut guard = CHILD_POOL.lock().unwrap_or_else(|e| e.into_inner());
                match guard.as_ref() {
                    Some((owner, pool)) if *owner == pid => pool.clone(),
                    _ => {
                        let n = std::thread::available_parallelism().map_or(1, |n| n.get());
                        let pool = Arc::new(build_pool(n)?);
                        *guard = Some((pid, pool.clone()));
                        pool
                    }
                }
            };
            Ok(pool.install(work))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rayon::prelude::*;

    #[test]
    fn a_pool_of_n_threads_is_used() {
        let threads = |t| with_threads(t, rayon::current_num_threads).unwrap();
        assert_eq!(threads(Some(1)), 1);
        assert_eq!(threads(Some(3)), 3);
    }

    #[test]
    fn a_sized_pool_is_kept_for_the_next_call() {
        // Thread ids are never reused: a pool started per call would give a new one each time.
        let worker = || with_threads(Some(1), || std::thread::current().id()).unwrap();
        assert_ne!(worker(), std::thread::current().id());
        assert_eq!(
            worker(),
            worker(),
            "the second call runs on the first call's thread"
        );
    }

    #[test]
    fn any_thread_count_gives_the_same_result() {
        let sum = |t| with_threads(t, || (0..10_000u64).into_par_iter().sum::<u64>()).unwrap();
        assert_eq!(sum(None), sum(Some(1)));
        assert_eq!(sum(Some(3)), sum(Some(1)));
        assert!(with_threads(Some(0), || ()).is_err());
    }
}
