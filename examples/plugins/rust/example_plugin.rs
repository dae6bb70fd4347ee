//! An example gradlab plugin in Rust (no crates, no Cargo): the chained
//! Rosenbrock function and Booth's function, exactly as functions/classic/
//! defines them. docs/plugins.md explains each declaration. Build it alone with
//!
//!   rustc --edition 2021 --crate-type cdylib -C opt-level=3 \
//!       -o libgradlab_example_plugin_rust.so examples/plugins/rust/example_plugin.rs
//!
//! A panic must not unwind into gradlab (it would abort the run), so the
//! gradient catches it and reports it as an error.

use std::ffi::{c_char, c_void, CStr};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;

/// struct gradlab_plugin_v1, field for field.
#[repr(C)]
pub struct GradlabPluginV1 {
    abi_version: u32,
    flags: u32,
    name: *const c_char,
    version: *const c_char,
    problems: *const *const c_char,
    init: Option<unsafe extern "C" fn(*mut *mut c_void, *mut c_char, usize) -> i32>,
    finalize: Option<unsafe extern "C" fn(*mut c_void)>,
    gradient: Option<
        unsafe extern "C" fn(*mut c_void, *const c_char, i32, i64, *const f64, *mut f64, *mut c_char, usize) -> i32,
    >,
}

const GRADLAB_PLUGIN_ABI_VERSION_1: u32 = 1;
const GRADLAB_PLUGIN_THREAD_SAFE: u32 = 1;

// Raw pointers are not Sync; these point only at immutable statics.
struct Table(GradlabPluginV1);
unsafe impl Sync for Table {}
struct Names([*const c_char; 3]);
unsafe impl Sync for Names {}

static PROBLEMS: Names = Names([c"rosenbrock".as_ptr(), c"booth".as_ptr(), ptr::null()]);

static PLUGIN: Table = Table(GradlabPluginV1 {
    abi_version: GRADLAB_PLUGIN_ABI_VERSION_1,
    flags: GRADLAB_PLUGIN_THREAD_SAFE,
    name: c"example-rust".as_ptr(),
    version: c"1.0.0".as_ptr(),
    problems: &PROBLEMS.0 as *const [*const c_char; 3] as *const *const c_char,
    init: None,
    finalize: None,
    gradient: Some(gradient),
});

#[no_mangle]
pub extern "C" fn gradlab_plugin_entry_v1() -> *const GradlabPluginV1 {
    &PLUGIN.0
}

// f = sum_{i<n-1} 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2.
fn rosenbrock(x: &[f64], g: &mut [f64]) {
    g.fill(0.0);
    for i in 0..x.len().saturating_sub(1) {
        let a = x[i + 1] - x[i] * x[i];
        g[i] += -400.0 * x[i] * a - 2.0 * (1.0 - x[i]);
        g[i + 1] += 200.0 * a;
    }
}

// f = (x1 + 2 x2 - 7)^2 + (2 x1 + x2 - 5)^2.
fn booth(x: &[f64], g: &mut [f64]) -> Result<(), String> {
    if x.len() != 2 {
        return Err(format!("booth is defined for n = 2 only, got n = {}", x.len()));
    }
    let r1 = x[0] + 2.0 * x[1] - 7.0;
    let r2 = 2.0 * x[0] + x[1] - 5.0;
    g[0] = 2.0 * r1 + 4.0 * r2;
    g[1] = 4.0 * r1 + 2.0 * r2;
    Ok(())
}

/// Copies `message` into gradlab's buffer, truncated, NUL-terminated.
unsafe fn set_error(error: *mut c_char, error_size: usize, message: &str) {
    let n = message.len().min(error_size.saturating_sub(1));
    ptr::copy_nonoverlapping(message.as_ptr() as *const c_char, error, n);
    *error.add(n) = 0;
}

unsafe extern "C" fn gradient(
    _context: *mut c_void,
    problem: *const c_char,
    problem_index: i32,
    n: i64,
    x: *const f64,
    g: *mut f64,
    error: *mut c_char,
    error_size: usize,
) -> i32 {
    let x = std::slice::from_raw_parts(x, n as usize);
    let g = std::slice::from_raw_parts_mut(g, n as usize);
    let result = catch_unwind(AssertUnwindSafe(|| match problem_index {
        0 => {
            rosenbrock(x, g);
            Ok(())
        }
        1 => booth(x, g),
        _ => Err(format!("unknown problem {}", CStr::from_ptr(problem).to_string_lossy())),
    }));
    match result {
        Ok(Ok(())) => 0,
        Ok(Err(message)) => {
            set_error(error, error_size, &message);
            1
        }
        Err(_) => {
            set_error(error, error_size, "the gradient panicked");
            2
        }
    }
}
