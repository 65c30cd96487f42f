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
