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
 * design can avoid, sleeping or not. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

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

int main(int argc, char **argv) {
    if (argc == 3 && argv[1][0] == 's') {
        long millis = atol(argv[2]);
        return millis < 1 || millis > 600000 ? 2 : spin(millis);
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
    qsort(late, count, sizeof *late, by_value);
    printf("%lld %lld\n", (long long)late[count - 1], (long long)late[count * 99 / 100]);
    return 0;
}
