/* bench/one.c: the smallest program that uses one function, BENCH_FN
   (-DBENCH_FN=<name>, its headers given with -include). make bench links it
   with and without wasishim: the difference in stripped size is what one
   replacement adds. Without BENCH_FN it uses nothing: the baseline when the
   SDK lacks the function. Taking the address keeps the function (and what
   it calls) in the module without knowing its arguments. */
int main(void) {
#ifdef BENCH_FN
  void *volatile p = (void *)&BENCH_FN;
#else
  void *volatile p = 0;
#endif
  return p == 0 ? 0 : 1;
}
