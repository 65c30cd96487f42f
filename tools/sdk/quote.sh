# Quoting, so that paths with any character arrive whole (sourced by the
# tools that hand flags on).
# rsp ARG...: the arguments as lines of a clang response file (@file), each
# in single quotes.
rsp() { local a; for a; do printf "'%s'\n" "${a//\'/\'\\\'\'}"; done; }
# rsp_args FILE: RSP, the arguments of such a file.
rsp_args() { local l; RSP=(); while IFS= read -r l; do eval "RSP+=($l)"; done <"$1"; }
# sq WORD: the word as the shell reads it back, bare when it can be.
sq() { case $1 in *[!A-Za-z0-9_./=+:,@%^-]* | '') printf "'%s'" "${1//\'/\'\\\'\'}" ;; *) printf '%s' "$1" ;; esac; }
# list WORD...: words for a variable whose value is a list, as pkg-config
# prints them (use it with eval).
list() { local a s=""; for a; do s="$s $(sq "$a")"; done; printf '%s' "${s# }"; }
# dq STRING: a double-quoted shell string.
dq() { local v=${1//\\/\\\\}; v=${v//\"/\\\"}; v=${v//\$/\\\$}; v=${v//\`/\\\`}; printf '"%s"' "$v"; }
