//! The allocator of the `crosscheck` binary (`src/main.rs`), so that the
//! benches time what the binary runs.

#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;
