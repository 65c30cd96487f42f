# probe_one ID: builds, and for run probes runs, one probe on its own, as a
# program of its own (sourced by tools/probe/engine). This is the reference
# the batched engine is compared with (tests/probes/engines), and
# what it falls back to where a batch's failure cannot be attributed.
# Writes $work/res/ID; on an error of the run, a line to $work/errors and
# status 2. Needs: WASI_CC, PASS_CFLAGS, PASS_LIBS, $work, $catdir, $top.
probe_one() {
  local id=$1 d=$work/one/$1 oc t try rc
  probe_build "$id"
  rc=$?
  [ $rc = 0 ] || { [ $rc = 1 ] && return 0; return 2; }
  t=${PROBE_TIMEOUT:-10}
  [ -n "$HANG" ] && t=$(hang_limit)
  for try in 1 2; do
    oc=$(cd "$d/run" && rm -f out err &&
      WASI_RUN_OUTCOME="$d/outcome" WASI_RUN_TIMEOUT=$t "$top/tools/run/wasi-run" "$d/p.wasm" >out 2>err </dev/null
      cat "$d/outcome" 2>/dev/null)
    case $oc in
      "failed runtime not found"*) oc="norun $(head -n1 "$d/run/err")" ;;
    esac
    run_result "$work/res" "$id" "$oc" "$d/run" && return 0
  done
  echo "$id: the runtime failed twice: ${oc#failed } (log: $d/run/err)" >>"$work/errors"
  return 2
}

# probe_build ID: the build of probe_one, into $work/one/ID/p.wasm; sets
# HANG, HANG_WHY, FALLBACK, FALLBACK_WHY from the catalogue. Status 0: a run
# probe built, to be run; 1: the result is recorded (a compile or link
# fact, or a run probe that does not build); 2: an error of the run.
probe_build() {
  local id=$1 line kind src flags libs module d log rc c
  line=$(grep -m1 "^$id	" "$catdir/build.cols") || { echo "no such fact: $id" >>"$work/errors"; return 2; }
  line=${line//$'\t'/$'\x1f'}
  IFS=$'\x1f' read -r _ kind src flags libs HANG HANG_WHY FALLBACK FALLBACK_WHY module <<<"$line"
  case $src in gen/*) src=$catdir/$src ;; *) src=$top/$src ;; esac
  # Flags and libraries are words, as in a makefile.
  local -a fl lb
  read -r -a fl <<<"$flags"
  read -r -a lb <<<"$libs"
  d=$work/one/$id
  rm -rf "$d"
  mkdir -p "$d/run"
  log=$d/log
  if [ "$kind" = compile ]; then
    "${WASI_CC[@]}" "${BASE_CFLAGS[@]}" "${fl[@]}" ${PASS_CFLAGS[@]+"${PASS_CFLAGS[@]}"} -fsyntax-only "$src" >"$log" 2>&1
    rc=$?
  else
    "${WASI_CC[@]}" "${BASE_CFLAGS[@]}" "${fl[@]}" ${PASS_CFLAGS[@]+"${PASS_CFLAGS[@]}"} "$src" -o "$d/p.wasm" \
      "${lb[@]}" ${PASS_LIBS[@]+"${PASS_LIBS[@]}"} >"$log" 2>&1
    rc=$?
  fi
  c=$(classify_build "$log" $rc)
  case $c in
    failure*)
      echo "$id: the toolchain failed: ${c#failure	} (log: $log)" >>"$work/errors"
      return 2 ;;
    answer*)
      if [ "$kind" = run ]; then record "$work/res" "$id" 0 measured "does not build: ${c#answer	}"
      else record "$work/res" "$id" 0 measured "${c#answer	}"; fi
      return 1 ;;
  esac
  [ "$kind" = run ] || { record "$work/res" "$id" 1 measured ""; return 1; }
  return 0
}
