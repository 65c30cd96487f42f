# Facts that follow from the sysroot's own contents or from WASI itself,
# whatever the SDK.
. "$(dirname "$0")/lib.sh"

# WASI preview 1 has no call that changes permission bits, so no chmod can
# work on p1, stub or not.
case $TARGET in wasm32-wasi | wasm32-wasip1)
  expect_fact chmod_works 0 "WASI p1 has no permissions call"
  expect_fact fchmod_works 0 "WASI p1 has no permissions call" ;;
esac

if [ ! -f "$(incdir)/pthread.h" ]; then
  expect_fact header_pthread_h 0 "no pthread.h in the sysroot"
  expect_fact pthread_key_roundtrip 0 "no pthread.h in the sysroot"
fi

# A single-thread libc (no wasi_thread_start) cannot start a thread, even
# where pthread_create links.
if defined pthread_create && ! defined wasi_thread_start; then
  expect_fact pthread_create_works 0 "libc.a defines pthread_create but no wasi_thread_start"
  expect_fact pthread_create_fails_cleanly 1 "the single-thread stub returns an error number"
fi

# wasi-libc PR 618 fixed issue 617 and made __wasi_init_tp defined in p1.
if defined pthread_key_delete; then
  if defined __wasi_init_tp; then
    expect_fact pthread_key_delete_returns 1 "__wasi_init_tp defined: PR 618 is in"
  else
    expect_fact pthread_key_delete_returns 0 "pthread_key_delete without __wasi_init_tp: issue 617"
  fi
fi

# wasi-libc's own extension: the link probe against the symbol table.
if defined __wasilibc_reset_preopens; then
  expect_fact wasilibc_reset_preopens_links 1 "libc.a defines __wasilibc_reset_preopens"
else
  expect_fact wasilibc_reset_preopens_links 0 "libc.a has no __wasilibc_reset_preopens"
fi

# The compiler's own predefined macros for the target, with no header.
if "${WASI_CC[@]}" -dM -E -x c /dev/null 2>/dev/null | grep -qE '^#define __wasip[123]__ '; then
  expect_fact wasip_macro_predefined 1 "clang -dM -E lists a __wasipN__"
else
  expect_fact wasip_macro_predefined 0 "clang -dM -E lists no __wasipN__"
fi

# musl's PIPE_BUF stays behind wasi-libc's "WASI has no pipes" guard until
# SDK 34: the header's own text, read without the probe's compiler.
if grep -qE '^#define[[:space:]]+PIPE_BUF' "$(incdir)/limits.h" &&
  ! grep -B1 -E '^#define[[:space:]]+PIPE_BUF' "$(incdir)/limits.h" | grep -q __wasilibc_unmodified_upstream; then
  expect_fact pipe_buf_defined 1 "limits.h defines PIPE_BUF outside the upstream-only guard"
else
  expect_fact pipe_buf_defined 0 "limits.h keeps PIPE_BUF behind __wasilibc_unmodified_upstream, or lacks it"
fi
