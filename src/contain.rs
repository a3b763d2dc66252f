//! Failure contained at the document boundary.
//!
//! No input should make sayso panic, and the fuzzers look for inputs that do; but a batch of a
//! million crawled articles must not lose 999,999 of them to the one a fuzzer has not found yet.
//! So the per-document work of every batch call runs inside [`contained`]: a panic becomes an
//! error for that document only, reported with its place by the caller. Every caught panic is a
//! bug to fix, not a result.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, Ordering};

/// Test hook: when armed, a document whose text holds [`PANIC_MARKER`] panics inside
/// [`contained`], so tests can show that the panic costs that document only. Off unless a test
/// arms it; checking it costs one relaxed load per document.
static PANIC_FOR_TESTS: AtomicBool = AtomicBool::new(false);

/// The text that triggers the armed test hook (control characters no article holds).
pub const PANIC_MARKER: &str = "\u{1}sayso-test-panic\u{1}";

/// Arms or disarms the test hook (see [`PANIC_MARKER`]).
#[doc(hidden)]
pub fn arm_test_panic(armed: bool) {
    PANIC_FOR_TESTS.store(armed, Ordering::Relaxed);
}

/// Runs `work` on one document's `text`; a panic inside it comes back as `Err` with the panic's
/// message instead of unwinding into the caller.
pub fn contained<T>(text: &str, work: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(|| {
        if PANIC_FOR_TESTS.load(Ordering::Relaxed) && text.contains(PANIC_MARKER) {
            panic!("panic injected by the test hook");
        }
        work()
    }))
    .map_err(|payload| {
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        format!("internal error (a bug in sayso, please report it): {msg}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_with_its_message() {
        let r: Result<(), String> = contained("x", || panic!("boom {}", 7));
        assert!(r.unwrap_err().ends_with("boom 7"));
        assert_eq!(contained("x", || 3), Ok(3));
    }

    #[test]
    fn the_test_hook_fires_only_when_armed_and_marked() {
        let marked = format!("a {PANIC_MARKER} b");
        assert_eq!(contained(&marked, || 1), Ok(1));
        arm_test_panic(true);
        let fired = contained(&marked, || 1);
        let unmarked = contained("plain text", || 1);
        arm_test_panic(false);
        assert!(fired.is_err());
        assert_eq!(unmarked, Ok(1));
    }
}
