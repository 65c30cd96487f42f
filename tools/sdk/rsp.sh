# rsp ARG...: the arguments as lines of a clang response file (@file), each
# in single quotes, so that a path with any character arrives whole.
rsp() { local a; for a; do printf "'%s'\n" "${a//\'/\'\\\'\'}"; done; }
