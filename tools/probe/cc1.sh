# Many translation units in one compiler process (sourced by
# tools/probe/engine). The driver starts one cc1 process per file it is
# given, and starting clang costs more than checking a probe. cc1 itself
# takes several input files and gives each a fresh preprocessor and AST, so
# the engine asks the driver once for the cc1 command of a set of flags
# (-###) and gives that command every file of the set. Two things carry over
# from one file to the next, and the engine works around both: after a
# fatal error later files get no diagnostics, and after any error later
# files get no object file; the files after such a one go to a new cc1 run.
# docs/probe-engine.md.

# cc1_prepare MODE FLAGS FILE: the cc1 command for MODE (-fsyntax-only or
# -c) and FLAGS, one argument a line, into FILE; or, when the driver itself
# refuses FLAGS (an answer for every fact built with them), its error into
# FILE.refused. A failing driver is an error of the run.
cc1_prepare() {
  local mode=$1 flags=$2 f=$3 d rc c line x skip=0
  local -a fl
  read -r -a fl <<<"$flags"
  d=$f.d
  mkdir -p "$d"
  : >"$d/wasishim__input.c"
  # A driver that answers without a cc1 line is asked once more (seen
  # once with a Node-hosted clang under load) before the run stops.
  local try
  for try in 1 2; do
    (cd "$d" && "${WASI_CC[@]}" "${BASE_CFLAGS[@]}" "${fl[@]}" ${PASS_CFLAGS[@]+"${PASS_CFLAGS[@]}"} -ferror-limit=0 \
      -### "$mode" wasishim__input.c -o wasishim__input.o) >"$d/log" 2>&1
    rc=$?
    [ $rc != 0 ] || grep -q -- '"-cc1"' "$d/log" && break
  done
  c=$(classify_build "$d/log" $rc)
  case $c in
    failure*)
      echo "the compiler driver failed for flags '$flags': ${c#failure	} (log: $d/log)" >>"$work/errors"
      return ;;
    answer*)
      printf '%s\n' "${c#answer	}" >"$f.refused"
      return ;;
  esac
  line=$(grep -m1 -- '"-cc1"' "$d/log") || {
    echo "the compiler driver gave no cc1 command for flags '$flags', twice: $(head -c 300 "$d/log" | tr '\n' ' ')" >>"$work/errors"
    return
  }
  # The driver quotes every argument and escapes ", \ and $ in it.
  eval "set -- $line"
  for x; do
    if [ $skip = 1 ]; then skip=0; continue; fi
    case $x in
      wasishim__input.c) ;;
      -o | -main-file-name | -dumpdir) skip=1 ;;
      *) printf '%s\n' "$x" ;;
    esac
  done >"$f.tmp"
  mv "$f.tmp" "$f"
}

# cc1_batch MODE CMDFILE LIST OUT [ARG...]: runs the cc1 command in CMDFILE over the
# units of LIST (lines "unit.c<TAB>fact fact ..."; a fact a unit answers,
# each diagnostic charged to the fact or unit it names) and writes OUT:
# "fact<TAB>first error" for every fact that failed. The first unit of a
# list is a control: a diagnostic there is an error of the run. Returns 1
# when the output cannot be attributed with certainty (the caller then
# takes those facts one by one). Units that a fatal error left without
# diagnostics go again, and with -c so do the units after an error that had
# none: they got no object (their diagnostics are whole, as in a syntax
# batch, so a unit with an error is answered by it).
cc1_batch() {
  local mode=$1 cmdf=$2 list=$3 out=$4 rc nagain unknown
  local -a cmd units=()
  mapfile -t cmd <"$cmdf"
  shift 4
  cmd+=("$@")
  mapfile -t units < <(cut -f1 "$list")
  : >"$out"
  while [ ${#units[@]} -gt 0 ]; do
    local log=$out.log.$RANDOM
    "${cmd[@]}" "${units[@]}" >"$log" 2>&1
    rc=$?
    local c
    c=$(classify_build "$log" $rc)
    case $c in failure*)
      echo "the compiler failed on ${list##*/}: ${c#failure	} (log: $log)" >>"$work/errors"
      return 0 ;;
    esac
    printf '%s\n' "${units[@]}" >"$log.units"
    : >"$out.rerun"
    awk -F'\t' -v mode="$mode" -v out="$out" -v units="$log.units" '
      function stem(p) { sub(/.*\//, "", p); sub(/\.c$/, "", p); sub(/\.w$/, "", p); sub(/^wasishim__headers_/, "", p); return p }
      function tidy(m) {
        sub(/^[^ ]*:[0-9]+:[0-9]+: /, "", m); sub(/; ISO C99 and later do not support implicit function declarations/, "", m)
        sub(/ \[-W[^]]*\]$/, "", m); return substr(m, 1, 240)
      }
      BEGIN {
        while ((getline u < units) > 0) { n++; idx[stem(u)] = n; unitfile[n] = u }
      }
      FILENAME != ARGV[2] { split($2, fs, " "); for (i in fs) owner[fs[i]] = idx[stem($1)]; next }
      /^In file included from / {
        p = $0; sub(/^In file included from /, "", p); sub(/:[0-9]+[:,]?$/, "", p)
        if (chain == "" && (stem(p) in idx || stem(p) in owner)) chain = stem(p)
        next
      }
      match($0, /^[^ ]+:[0-9]+:[0-9]+: (fatal error|error|warning|note): /) {
        p = $0; sub(/:[0-9]+:[0-9]+: .*/, "", p); who = chain != "" ? chain : stem(p); chain = ""
        if ($0 !~ /: (fatal )?error: /) next
        if (who in owner) { u = owner[who]; if (!(who in ferr)) ferr[who] = tidy($0) }
        else if (who in idx) { u = idx[who]; if (!(u in uerr)) uerr[u] = tidy($0) }
        else { unknown = 1; next }
        if (u == 1) control = $0
        bad[u] = 1
        # A fatal error cuts the diagnostics of the units after it; with -c,
        # any error stops the objects of the units after it.
        if ($0 ~ /fatal error: / && (cut == "" || u < cut)) cut = u
        if (mode == "-c" && (noobj == "" || u < noobj)) noobj = u
        next
      }
      / error: / || /^error: / { unknown = 1 }
      END {
        for (f in owner) {
          u = owner[f]
          if (cut != "" && u > cut) continue
          if (u in uerr) { print f "\t" uerr[u] >> out; printed++ }
          else if (f in ferr) { print f "\t" ferr[f] >> out; printed++ }
        }
        for (u = 2; u <= n; u++)
          if ((cut != "" && u > cut) || (noobj != "" && u > noobj && !(u in bad))) { print unitfile[u] > (out ".rerun"); again++ }
        printf "%s\t%s\t%s\t%s\n", again + 0, unknown + 0, printed + 0, control > (out ".state")
      }' "$list" "$log" || return 1
    local printed control
    IFS=$'\t' read -r nagain unknown printed control <"$out.state" || return 1
    if [ -n "$control" ]; then
      echo "control: the compiler rejected the control file of ${list##*/}: $control (log: $log)" >>"$work/errors"
      return 0
    fi
    [ "$unknown" = 1 ] && return 1
    # The status must agree: a failure with nothing charged is not certain.
    if [ $rc != 0 ] && [ "$nagain" = 0 ] && [ "$printed" = 0 ]; then return 1; fi
    [ "$nagain" = 0 ] && break
    # Those go again, with a control.
    local -a rerun
    mapfile -t rerun <"$out.rerun"
    units=("${units[0]}" "${rerun[@]}")
    printf '%s\n' "${units[@]}" >"$list.keep"
    awk -F'\t' -v keep="$list.keep" 'BEGIN { while ((getline l < keep) > 0) want[l] = 1 } $1 in want' "$list" >"$list.again"
    list=$list.again
  done
  return 0
}
