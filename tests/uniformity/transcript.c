/* The uniformity transcript: calls every function in wasishim's scope and
 * prints one line per call (call, result, errno by name). Built with
 * wasishim's flags, its output must be the same on every SDK but for the
 * lines in allow.tsv. Results that depend on the moment (times, addresses)
 * are printed as checks, never as values. */
/* Before any header: what the flags alone say (modules/target-macros). */
#ifdef __wasip1__
#define WASIP1_FROM_FLAGS 1
#else
#define WASIP1_FROM_FLAGS 0
#endif
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <sys/times.h>
#include <threads.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>
#include <wasi/version.h>

#include <wasishim/shim.h>

static const char *ename(int e) {
  switch (e) {
  case 0:
    return "0";
  case EAGAIN:
    return "EAGAIN";
  case EBADF:
    return "EBADF";
  case EDEADLK:
    return "EDEADLK";
  case EINVAL:
    return "EINVAL";
  case ENOENT:
    return "ENOENT";
  case ENOSYS:
    return "ENOSYS";
  case ENOTSUP:
    return "ENOTSUP";
  case EPERM:
    return "EPERM";
  case ESRCH:
    return "ESRCH";
  case ENAMETOOLONG:
    return "ENAMETOOLONG";
  case ERANGE:
    return "ERANGE";
  case ETIMEDOUT:
    return "ETIMEDOUT";
  case ENOTDIR:
    return "ENOTDIR";
  case EIO:
    return "EIO";
  case EEXIST:
    return "EEXIST";
  case EBUSY:
    return "EBUSY";
  default:
    return "E?";
  }
}

/* A call that returns -1 and sets errno. */
#define SYS(call)                                                              \
  do {                                                                         \
    errno = 0;                                                                 \
    long r_ = (long)(call);                                                    \
    printf("%s = %ld %s\n", #call, r_, r_ == -1 ? ename(errno) : "");          \
  } while (0)
/* A pthread call that returns an error number. */
#define PT(call)                                                               \
  do {                                                                         \
    int r_ = (call);                                                           \
    printf("%s = %s\n", #call, ename(r_));                                     \
  } while (0)
#define CHECK(what, cond) printf("%s: %s\n", what, (cond) ? "yes" : "no")

static int make_file(const char *path) {
  int fd = open(path, O_CREAT | O_TRUNC | O_RDWR, 0644);
  if (fd >= 0)
    (void)write(fd, "data", 4);
  return fd;
}

static int near_now(const struct timespec *t) {
  time_t now = time(NULL);
  return t->tv_sec > now - 60 && t->tv_sec <= now + 1;
}

static void *thread_main(void *arg) {
  return arg;
}
static volatile int got_signal;
static void on_signal(int sig) {
  got_signal = sig;
}

static void pthreads(void) {
  pthread_key_t k;
  int v = 1;
  PT(pthread_key_create(&k, NULL));
  PT(pthread_setspecific(k, &v));
  CHECK("pthread_getspecific returns the value", pthread_getspecific(k) == &v);
  PT(pthread_key_delete(k));
  /* A key deleted is no key: POSIX's "may fail" EINVAL, on every SDK. */
  PT(pthread_setspecific(k, &v));

  pthread_attr_t a;
  void *addr = NULL;
  size_t size = 0;
  int local;
  PT(pthread_getattr_np(pthread_self(), &a));
  PT(pthread_attr_getstack(&a, &addr, &size));
  CHECK("the main thread's stack holds a local",
        (char *)&local >= (char *)addr && (char *)&local < (char *)addr + size);
  pthread_attr_destroy(&a);

  pthread_t t;
  PT(pthread_create(&t, NULL, thread_main, NULL));
  PT(pthread_join(pthread_self(), NULL));
  printf("WASISHIM_CAN_START_THREADS = %d\n", WASISHIM_CAN_START_THREADS);

  pthread_mutexattr_t ma;
  pthread_mutex_t m;
  pthread_mutexattr_init(&ma);
  pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(&m, &ma);
  PT(pthread_mutex_lock(&m));
  PT(pthread_mutex_lock(&m));
  PT(pthread_mutex_unlock(&m));
  PT(pthread_mutex_unlock(&m));
  PT(pthread_mutex_unlock(&m));
  pthread_mutex_destroy(&m);
  pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
  pthread_mutex_init(&m, &ma);
  PT(pthread_mutex_lock(&m));
  PT(pthread_mutex_lock(&m));
  PT(pthread_mutex_unlock(&m));
  PT(pthread_mutex_unlock(&m));
  pthread_mutex_destroy(&m);
  pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_NORMAL);
  pthread_mutex_init(&m, &ma);
  PT(pthread_mutex_unlock(&m));
  PT(pthread_mutex_lock(&m));
  PT(pthread_mutex_trylock(&m));
  struct timespec bad = {0, 1000000000};
  PT(pthread_mutex_timedlock(&m, &bad));
  PT(pthread_mutex_unlock(&m));
  pthread_mutex_destroy(&m);
  pthread_mutexattr_destroy(&ma);
}

static struct timespec after_10ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_REALTIME, &t);
  t.tv_nsec += 10 * 1000 * 1000;
  if (t.tv_nsec >= 1000000000) {
    t.tv_sec++;
    t.tv_nsec -= 1000000000;
  }
  return t;
}

static int reached(const struct timespec *dl) {
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  /* Node's clock waits may end up to a millisecond early. */
  return (now.tv_sec - dl->tv_sec) * 1000000000LL +
             (now.tv_nsec - dl->tv_nsec) >
         -2 * 1000 * 1000;
}

/* Every wait one thread can start (issue 17): a lock it holds, a
 * semaphore nobody can post, a barrier nobody else reaches. None may trap
 * or hang. */
static void waits(void) {
  struct timespec dl = after_10ms(), bad = {0, 1000000000};
  pthread_rwlock_t l = PTHREAD_RWLOCK_INITIALIZER;
  PT(pthread_rwlock_wrlock(&l));
  PT(pthread_rwlock_wrlock(&l));
  PT(pthread_rwlock_timedwrlock(&l, &dl));
  PT(pthread_rwlock_rdlock(&l));
  PT(pthread_rwlock_timedrdlock(&l, &dl));
  PT(pthread_rwlock_trywrlock(&l));
  PT(pthread_rwlock_tryrdlock(&l));
  PT(pthread_rwlock_unlock(&l));
  PT(pthread_rwlock_rdlock(&l));
  PT(pthread_rwlock_tryrdlock(&l));
  PT(pthread_rwlock_wrlock(&l));
  PT(pthread_rwlock_timedwrlock(&l, &bad));
  PT(pthread_rwlock_trywrlock(&l));
  PT(pthread_rwlock_unlock(&l));
  PT(pthread_rwlock_unlock(&l));
  PT(pthread_rwlock_destroy(&l));

  pthread_spinlock_t sp;
  PT(pthread_spin_init(&sp, PTHREAD_PROCESS_PRIVATE));
  PT(pthread_spin_lock(&sp));
  PT(pthread_spin_trylock(&sp));
  PT(pthread_spin_lock(&sp));
  PT(pthread_spin_unlock(&sp));
  PT(pthread_spin_destroy(&sp));

  pthread_barrier_t b;
  PT(pthread_barrier_init(&b, NULL, 0));
  PT(pthread_barrier_init(&b, NULL, 1));
  CHECK("pthread_barrier_wait of 1 is the serial thread",
        pthread_barrier_wait(&b) == PTHREAD_BARRIER_SERIAL_THREAD);
  PT(pthread_barrier_destroy(&b));
  PT(pthread_barrier_init(&b, NULL, 2));
  PT(pthread_barrier_wait(&b));
  PT(pthread_barrier_destroy(&b));

  sem_t s;
  int v = -1;
  SYS(sem_init(&s, 0, 0));
  SYS(sem_trywait(&s));
  SYS(sem_wait(&s));
  dl = after_10ms();
  SYS(sem_timedwait(&s, &dl));
  CHECK("sem_timedwait slept to its deadline", reached(&dl));
  SYS(sem_timedwait(&s, &bad));
  SYS(sem_post(&s));
  SYS(sem_getvalue(&s, &v));
  printf("sem value: %d\n", v);
  SYS(sem_timedwait(&s, &bad));
  SYS(sem_init(&s, 0, (unsigned)SEM_VALUE_MAX + 1u));
  SYS(sem_destroy(&s));
  errno = 0;
  sem_t *named = sem_open("/transcript", O_CREAT, 0600, 1u);
  printf("sem_open = %s %s\n",
         named == SEM_FAILED ? "SEM_FAILED" : "a semaphore", ename(errno));
  SYS(sem_unlink("/transcript"));

  mtx_t mx, rx;
  cnd_t cv;
  dl = after_10ms();
  printf("C11: mtx_init = %d\n", mtx_init(&mx, mtx_timed));
  printf("C11: mtx_init recursive = %d\n",
         mtx_init(&rx, mtx_plain | mtx_recursive));
  printf("C11: cnd_init = %d\n", cnd_init(&cv));
  printf("C11: mtx_lock = %d\n", mtx_lock(&mx));
  printf("C11: mtx_trylock held = %d\n", mtx_trylock(&mx));
  printf("C11: mtx_lock held = %d\n", mtx_lock(&mx));
  printf("C11: mtx_timedlock held = %d\n", mtx_timedlock(&mx, &dl));
  printf("C11: mtx_lock recursive = %d\n", mtx_lock(&rx));
  printf("C11: mtx_lock recursive again = %d\n", mtx_lock(&rx));
  printf("C11: mtx_unlock recursive = %d\n", mtx_unlock(&rx));
  printf("C11: mtx_unlock recursive again = %d\n", mtx_unlock(&rx));
  printf("C11: mtx_unlock recursive unheld = %d\n", mtx_unlock(&rx));
  printf("C11: cnd_signal = %d\n", cnd_signal(&cv));
  printf("C11: cnd_timedwait = %d\n", cnd_timedwait(&cv, &mx, &dl));
  CHECK("C11: cnd_timedwait slept to its deadline", reached(&dl));
  printf("C11: cnd_timedwait bad timespec = %d\n",
         cnd_timedwait(&cv, &mx, &bad));
  printf("C11: cnd_wait = %d\n", cnd_wait(&cv, &mx));
  printf("C11: mtx_unlock = %d\n", mtx_unlock(&mx));
  struct timespec d5 = {0, 5 * 1000 * 1000};
  printf("C11: thrd_sleep = %d\n", thrd_sleep(&d5, NULL));
  cnd_destroy(&cv);
  mtx_destroy(&mx);
  mtx_destroy(&rx);

  static const int types[] = {PTHREAD_MUTEX_NORMAL, PTHREAD_MUTEX_RECURSIVE,
                              PTHREAD_MUTEX_ERRORCHECK};
  for (int i = 0; i < 3; i++) {
    pthread_mutexattr_t ma;
    pthread_mutex_t m;
    pthread_mutexattr_init(&ma);
    pthread_mutexattr_settype(&ma, types[i]);
    pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
    printf("process-shared mutex of type %d: ", types[i]);
    PT(pthread_mutex_init(&m, &ma) || pthread_mutex_destroy(&m));
    pthread_mutexattr_destroy(&ma);
  }
  clockid_t clk;
  PT(pthread_getcpuclockid(pthread_self(), &clk));
  SYS(sysconf(_SC_THREADS));
  SYS(sysconf(_SC_THREAD_PROCESS_SHARED));
  SYS(sysconf(_SC_THREAD_CPUTIME));
  SYS(sysconf(_SC_READER_WRITER_LOCKS));
  SYS(sysconf(_SC_SPIN_LOCKS));
  SYS(sysconf(_SC_BARRIERS));
  SYS(sysconf(_SC_SEMAPHORES));
  SYS(sysconf(_SC_TIMEOUTS));
}

/* A caller's own mistakes: a descriptor that is not open, -1, a missing
 * file, unknown flags. The answer must not depend on whether the libc or
 * wasishim implements the call. */
static void bad_arguments(int fd) {
  struct statvfs sv;
  int p[2];
  SYS(chmod("missing", 0400));
  SYS(chmod("f/x", 0400));
  SYS(fchmod(-1, 0400));
  SYS(fchmod(1000, 0400));
  SYS(fchmodat(AT_FDCWD, "f", 0400, 0x40000000));
  SYS(fchmodat(1000, "f", 0400, 0));
  SYS(fchmodat(AT_FDCWD, "missing", 0400, 0));
  SYS(statvfs("missing", &sv));
  SYS(fstatvfs(-1, &sv));
  SYS(fstatvfs(1000, &sv));
  SYS(dup(-1));
  SYS(dup(1000));
  SYS(dup2(-1, 10));
  SYS(dup2(1000, 10));
  SYS(dup2(fd, -1));
  CHECK("dup2(fd, fd) gives fd", dup2(fd, fd) == fd);
  SYS(dup3(fd, 10, 0x40000000));
  SYS(dup3(-1, 10, 0));
  SYS(dup3(fd, -1, 0));
  SYS(dup3(fd, fd, 0));
  SYS(pipe2(p, 0x40000000));
  SYS(futimens(-1, NULL));
  SYS(futimens(1000, NULL));
  struct timespec badns[2] = {{0, 1000000000}, {0, 0}};
  SYS(futimens(fd, badns));
  SYS(utimensat(AT_FDCWD, "f", badns, 0));
  SYS(utimensat(AT_FDCWD, "missing", NULL, 0));
  SYS(utimes("missing", NULL));
  SYS(utime("missing", NULL));
  SYS(futimesat(AT_FDCWD, "missing", NULL));
  SYS(linkat(AT_FDCWD, "missing", AT_FDCWD, "m2", 0));
  SYS(fcntl(-1, F_GETFL));
  SYS(fcntl(1000, F_GETFL));
}

/* linkat in a program that links chdir (this one), and fcntl's lock and
 * duplication commands, which exist on every SDK with wasishim. */
static void links_and_locks(int fd) {
  struct stat st;
  unlink("f-link");
  SYS(linkat(AT_FDCWD, "f", AT_FDCWD, "f-link", 0));
  CHECK("linkat makes a second link", stat("f", &st) == 0 && st.st_nlink == 2);
  SYS(linkat(AT_FDCWD, "f", AT_FDCWD, "f-link", 0));
  SYS(link("f", "f-link2"));
  struct flock lock;
  memset(&lock, 0, sizeof lock);
  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  SYS(fcntl(fd, F_SETLK, &lock));
  SYS(fcntl(fd, F_SETLKW, &lock));
  SYS(fcntl(fd, F_GETLK, &lock));
  SYS(fcntl(fd, F_DUPFD, 10));
  SYS(fcntl(fd, F_DUPFD_CLOEXEC, 10));
  SYS(fcntl(1000, F_SETLK, &lock));
  SYS(fcntl(1000, F_GETLK, &lock));
  SYS(fcntl(1000, F_DUPFD, 10));
  CHECK("F_RDLCK, F_WRLCK and F_UNLCK differ",
        F_RDLCK != F_WRLCK && F_WRLCK != F_UNLCK && F_RDLCK != F_UNLCK);
#ifdef __wasip1__
  CHECK("<wasi/version.h>: __wasip1__", 1);
#else
  CHECK("<wasi/version.h>: __wasip1__", 0);
#endif
#ifdef __wasi_sdk_major__
  CHECK("<wasi/version.h>: __wasi_sdk_major__", 1);
#else
  CHECK("<wasi/version.h>: __wasi_sdk_major__", 0);
#endif
}

static void files(void) {
  struct statvfs sv;
  int fd = make_file("f");
  SYS(chmod("f", 0400));
  SYS(fchmod(fd, 0400));
  SYS(fchmodat(AT_FDCWD, "f", 0400, 0));
  SYS(statvfs(".", &sv));
  SYS(fstatvfs(fd, &sv));
  SYS(dup(fd));
  SYS(dup2(fd, 10));
  SYS(dup3(fd, 10, 0));
  int p[2];
  SYS(pipe(p));
  SYS(pipe2(p, 0));

  struct stat st;
  struct timespec old[2] = {{1000000000, 0}, {1000000000, 0}};
  futimens(fd, old);
  SYS(futimens(fd, NULL));
  fstat(fd, &st);
  CHECK("futimens(fd, NULL) sets atime to now", near_now(&st.st_atim));
  CHECK("futimens(fd, NULL) sets mtime to now", near_now(&st.st_mtim));
  futimens(fd, old);
  struct timespec nowomit[2] = {{0, UTIME_NOW}, {0, UTIME_OMIT}};
  SYS(futimens(fd, nowomit));
  fstat(fd, &st);
  CHECK("UTIME_NOW sets atime to now", near_now(&st.st_atim));
  CHECK("UTIME_OMIT keeps mtime", st.st_mtim.tv_sec == 1000000000);
  futimens(fd, old);
  SYS(utimensat(AT_FDCWD, "f", NULL, 0));
  stat("f", &st);
  CHECK("utimensat(NULL) sets mtime to now", near_now(&st.st_mtim));
  struct timespec omitnow[2] = {{0, UTIME_OMIT}, {0, UTIME_NOW}};
  futimens(fd, old);
  SYS(utimensat(AT_FDCWD, "f", omitnow, 0));
  stat("f", &st);
  CHECK("utimensat UTIME_OMIT keeps atime", st.st_atim.tv_sec == 1000000000);
  CHECK("utimensat UTIME_NOW sets mtime", near_now(&st.st_mtim));
  futimens(fd, old);
  SYS(utimes("f", NULL));
  stat("f", &st);
  CHECK("utimes(NULL) sets mtime to now", near_now(&st.st_mtim));
  futimens(fd, old);
  SYS(utime("f", NULL));
  stat("f", &st);
  CHECK("utime(NULL) sets mtime to now", near_now(&st.st_mtim));
  bad_arguments(fd);
  links_and_locks(fd);
  close(fd);

  mkdir("d", 0755);
  char *rp = realpath("./d/../f", NULL);
  size_t n = rp ? strlen(rp) : 0;
  CHECK("realpath gives an absolute path ending in /f",
        rp && rp[0] == '/' && n >= 2 && strcmp(rp + n - 2, "/f") == 0);
  free(rp);
  errno = 0;
  CHECK("realpath of a missing file fails", realpath("missing", NULL) == NULL);
  printf("realpath of a missing file: %s\n", ename(errno));
  errno = 0;
  CHECK("realpath(\"f/..\") fails: f is no folder",
        realpath("f/..", NULL) == NULL);
  printf("realpath(\"f/..\"): %s\n", ename(errno));
  char here[PATH_MAX], back[PATH_MAX];
  realpath(".", here);
  chdir("d");
  chdir("..");
  CHECK("realpath(\".\") after chdir(\"..\") is the folder itself",
        realpath(".", back) != NULL && strcmp(here, back) == 0);
}

static void misc(void) {
  char name[HOST_NAME_MAX + 1];
  SYS(gethostname(name, sizeof name));
  char tiny[2] = {'x', 'x'};
  SYS(gethostname(tiny, sizeof tiny));
  CHECK("gethostname into a short buffer ends in NUL", tiny[1] == '\0');
  unsigned char buf[32];
  SYS(getentropy(buf, sizeof buf));
  SYS(getentropy(buf, 257));
  CHECK("getpid() > 0", getpid() > 0);
  signal(SIGUSR1, on_signal);
  SYS(raise(SIGUSR1));
  CHECK("raise runs the handler", got_signal == SIGUSR1);
  CHECK("clock() works", clock() != (clock_t)-1);
  struct tms tm;
  CHECK("times() works", times(&tm) != (clock_t)-1);
  struct rusage ru;
  SYS(getrusage(RUSAGE_SELF, &ru));
  struct timespec past = {0, 0};
  printf("clock_nanosleep(TIMER_ABSTIME, past) = %s\n",
         ename(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &past, NULL)));
}

/* What the newest libc's headers give (docs/quirks/poll.md, pipe-buf.md,
 * target-macros.md): ppoll, the poll flags, PIPE_BUF, __wasip1__. Only
 * descriptors no runtime is asked about: Node answers poll on a regular
 * file with EPERM (docs/runtimes.md). */
static void newest_headers(void) {
  CHECK("__wasip1__ without a header", WASIP1_FROM_FLAGS);
  printf("POLLIN=%#x POLLOUT=%#x POLLRDNORM=%#x POLLWRNORM=%#x POLLPRI=%#x\n",
         POLLIN, POLLOUT, POLLRDNORM, POLLWRNORM, POLLPRI);
  printf("POLLERR=%#x POLLHUP=%#x POLLNVAL=%#x\n", POLLERR, POLLHUP, POLLNVAL);
  printf("PIPE_BUF = %d\n", PIPE_BUF);
  struct timespec zero = {0, 0}, badns = {0, 1000000000}, neg = {-1, 0};
  struct pollfd none = {-1, POLLIN, 7};
  struct pollfd pri = {1, POLLPRI, 0};
  SYS(ppoll(NULL, 0, &zero, NULL));
  SYS(ppoll(&none, 1, &zero, NULL));
  CHECK("ppoll clears revents of a skipped entry", none.revents == 0);
  SYS(ppoll(NULL, 0, &badns, NULL));
  SYS(ppoll(NULL, 0, &neg, NULL));
  SYS(ppoll(&pri, 1, &zero, NULL));
  CHECK("ppoll keeps the events", pri.events == POLLPRI);
  SYS(poll(&pri, 1, 0));
  SYS(poll(NULL, 0, 0));
  /* Beside an entry that asks for POLLOUT, a lone POLLPRI is dropped; what
   * the runtime says of fd 1 is its own business. */
  struct pollfd mixed[2] = {{1, POLLOUT, 0}, {1, POLLPRI, 0}};
  errno = 0;
  int r = poll(mixed, 2, 0);
  CHECK("poll: a lone POLLPRI beside POLLOUT is no ENOSYS",
        r != -1 || errno != ENOSYS);
  CHECK("poll: that entry keeps its events", mixed[1].events == POLLPRI);
  errno = 0;
  r = ppoll(mixed, 2, &zero, NULL);
  CHECK("ppoll: a lone POLLPRI beside POLLOUT is no ENOSYS",
        r != -1 || errno != ENOSYS);
  mixed[1].events = 0;
  errno = 0;
  r = poll(mixed, 2, 0);
  CHECK("poll: an entry that asks for nothing is no ENOSYS",
        r != -1 || errno != ENOSYS);
}

int main(void) {
  newest_headers();
  pthreads();
  waits();
  files();
  misc();
  return 0;
}
