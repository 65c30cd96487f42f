# Shared by the host tests that build C for the host (after lib.sh): the
# flags of make's own warnings-as-errors build, the sanitizers, and one way
# to build a cmocka test and judge it by cmocka's own closing lines.
HOST_CFLAGS=(-std=c11 -Wall -Wextra -Werror -Wundef)
SAN=(-g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)

first_error() { grep -m1 -E 'error|undefined|FAILED|ERROR' "$1" || tail -n1 "$1"; }
check() { if [ "$2" = 0 ]; then ok "$1"; else fail "$1" "$3"; fi; }
bad() { fail "$1" "$2"; }

# have_cmocka NAME: a missing libcmocka-dev is a failure, never a skip.
have_cmocka() {
  pkg-config --exists cmocka && return 0
  fail "$1" "libcmocka-dev is not installed"
  return 1
}

# cmocka_test NAME BIN CC-ARGS...: builds BIN with the flags above, ASan,
# UBSan and cmocka, runs it in $scratch and reports one line.
cmocka_test() {
  local name=$1 bin=$2 log rc failed passed why
  shift 2
  rm -f "$bin"
  # shellcheck disable=SC2046 # pkg-config prints words
  if ! cc "${HOST_CFLAGS[@]}" "${SAN[@]}" $(pkg-config --cflags cmocka) "$@" \
    $(pkg-config --libs cmocka) -o "$bin" 2>"$bin.log"; then
    fail "$name" "does not build: $(first_error "$bin.log")"
    return
  fi
  log=$(cd "$scratch" && TMPDIR=$scratch "$bin" 2>&1)
  rc=$?
  failed=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test(s), listed below:$/\1/p' <<<"$log")
  passed=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test(s)\.$/\1/p' <<<"$log")
  if [ $rc = 0 ] && [ -n "$passed" ]; then
    # cmocka's closing count, so a log shows the tests really ran.
    ok "$name ([  PASSED  ] $passed test(s))"
    return
  fi
  echo "$log"
  # A failed assert longjmps past frees, so LeakSanitizer may also change
  # the status: cmocka's own count says more.
  if [ -n "$failed" ]; then why="$failed cmocka test(s) failed"
  else why="exit status $rc (a crash or a sanitizer report above)"; fi
  fail "$name" "$why"
}
