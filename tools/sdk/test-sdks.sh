# The project's test SDKs, written once (sourced by the tools; the Makefile
# reads the same line): each built by tools/sdk/install from a real
# wasi-libc in a package registry and a Debian clang.
TEST_SDKS="debian-2022 debian-25 yowasp-21.1.4 yowasp-22.0.0 debian-33"
