/* oversleep COUNT MICROSECONDS: sleeps MICROSECONDS, COUNT times over, as a
 * client sleeps out its write windows (src/commands/ask/stream.rs), and
 * prints how late the sleeps ended, in ns: "longest p99". Compiled by
 * bench/run.py and run beside the clients, on their core and under their
 * scheduling: a C program that does nothing else shows what the machine
 * itself adds to any delay that ends in a sleep (timer slack, other threads'
 * time slices, the hypervisor waking an idle vCPU).
 *
 * oversleep spin MILLISECONDS: never sleeps; reads the clock in a loop for
 * that long and prints the longest gap between two reads and how many gaps
 * were over 1 ms, in ns: "longest over_1ms". A gap is time the core was
 * taken from a program that wanted it all the time (another thread, or the
 * hypervisor running something else on the vCPU's host core): what no client
 * design can avoid, sleeping or not.
 *
 * oversleep wake COUNT MICROSECONDS: COUNT times, blocks reading an eventfd
 * that a second thread, on another core and never sleeping, writes
 * MICROSECONDS after the last wake-up was taken; prints how late each
 * wake-up came after its write, in ns: "longest p99". The waits of the
 * sleeps above, each ended by a running core instead of a timer (a client
 * woken by the data it waits for): if these come late too, what is late is
 * an idle vCPU's return, whatever wakes it. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int by_value(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static int spin(long millis) {
    int64_t end = now_ns() + (int64_t)millis * 1000000, last = now_ns(), longest = 0;
    long over_1ms = 0;
    for (int64_t t = last; t < end; last = t) {
        t = now_ns();
        if (t - last > longest) longest = t - last;
        if (t - last > 1000000) over_1ms++;
    }
    printf("%lld %ld\n", (long long)longest, over_1ms);
    return 0;
}

static int report(int64_t *late, int count) {
    qsort(late, count, sizeof *late, by_value);
    printf("%lld %lld\n", (long long)late[count - 1], (long long)late[count * 99 / 100]);
    return 0;
}

static atomic_llong sent_at;
static atomic_int done;
static int wake_fd;
static long wake_period_us;
static atomic_int woken;

/* The other core's side, never sleeping: a period after the last wake-up was
 * taken, writes the eventfd (one write at a time, so that a late wake-up is
 * not hidden behind the next write). */
static void *waker(void *unused) {
    (void)unused;
    while (!atomic_load(&done)) {
        int64_t next = now_ns() + wake_period_us * 1000;
        while (now_ns() < next) {
        }
        atomic_store(&woken, 0);
        atomic_store(&sent_at, now_ns());
        uint64_t one = 1;
        if (write(wake_fd, &one, sizeof one) != sizeof one) return NULL;
        while (!atomic_load(&woken) && !atomic_load(&done)) {
        }
    }
    return NULL;
}

static int wake(int count, long micros) {
    int64_t *late = malloc(count * sizeof *late);
    wake_fd = eventfd(0, 0);
    wake_period_us = micros;
    /* The waker goes on any core but this one: the harness pins this
     * program to the clients' core, as it does the clients. */
    cpu_set_t mine, others;
    CPU_ZERO(&others);
    if (!late || wake_fd < 0 || sched_getaffinity(0, sizeof mine, &mine) != 0) return 2;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    for (int c = 0; c < cores && c < CPU_SETSIZE; c++)
        if (!CPU_ISSET(c, &mine)) CPU_SET(c, &others);
    if (CPU_COUNT(&others) == 0) return 2;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setaffinity_np(&attr, sizeof others, &others);
    pthread_t thread;
    if (pthread_create(&thread, &attr, waker, NULL) != 0) return 2;
    for (int i = 0; i < count; i++) {
        uint64_t value;
        if (read(wake_fd, &value, sizeof value) != sizeof value) return 2;
        late[i] = now_ns() - atomic_load(&sent_at);
        atomic_store(&woken, 1);
    }
    atomic_store(&done, 1);
    pthread_join(thread, NULL);
    return report(late, count);
}

int main(int argc, char **argv) {
    if (argc == 3 && argv[1][0] == 's') {
        long millis = atol(argv[2]);
        return millis < 1 || millis > 600000 ? 2 : spin(millis);
    }
    if (argc == 4 && argv[1][0] == 'w') {
        int count = atoi(argv[2]);
        long micros = atol(argv[3]);
        return count < 1 || micros < 1 || micros >= 1000000 ? 2 : wake(count, micros);
    }
    if (argc != 3) return 2;
    int count = atoi(argv[1]);
    long micros = atol(argv[2]);
    if (count < 1 || micros < 1 || micros >= 1000000) return 2;
    int64_t *late = malloc(count * sizeof *late);
    if (!late) return 2;
    struct timespec span = {0, micros * 1000};
    for (int i = 0; i < count; i++) {
        int64_t start = now_ns();
        clock_nanosleep(CLOCK_MONOTONIC, 0, &span, NULL);
        late[i] = now_ns() - start - micros * 1000;
    }
    return report(late, count);
}
