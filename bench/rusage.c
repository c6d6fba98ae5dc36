/* rusage FD READS COMMAND...: runs COMMAND with its stdout a pipe that this
 * launcher reads, copying every byte to its own stdout, and writes on file
 * descriptor FD what the kernel accounted to COMMAND:
 *   "user_us sys_us maxrss_kib exit_status wall_ns"
 * and to the file READS, after the end, one pair of int64 per read of the
 * pipe: the CLOCK_MONOTONIC time in ns the read returned, and the bytes read
 * so far. Compiled by bench/run.py.
 *
 * Why not os.wait4 in the harness: a process started from Python inherits
 * Python's peak RSS (Linux carries the old address space's high-water mark
 * across exec, and subprocess forks Python itself), so ru_maxrss would
 * report the harness's size, not the command's. Forked from this small
 * program, the command's peak RSS is its own.
 *
 * Why the reads are timed here and not in Python: the reader shares a core
 * with the client, and a timestamp taken by an interpreter after its own
 * wake-up and read (and its GC) says as much about the interpreter as about
 * the client. Here a read is a read(2) and a clock_gettime(2), the same for
 * either client. The wall time likewise runs from fork to wait4, without the
 * harness spawning this launcher. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int write_all(int fd, const char *data, ssize_t len) {
    while (len > 0) {
        ssize_t n = write(fd, data, (size_t)len);
        if (n < 0) return -1;
        data += n;
        len -= n;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 4) return 2;
    int report = atoi(argv[1]);
    const char *reads_path = argv[2];
    int out[2];
    if (pipe(out) < 0) return 2;
    int64_t start = now_ns();
    pid_t pid = fork();
    if (pid < 0) return 2;
    if (pid == 0) {
        /* Under SCHED_FIFO (bench/run.py --realtime) the command runs one
         * priority below this launcher: the launcher's read of a write must
         * not wait for the command to block, which at equal priority on one
         * core it would. */
        if (sched_getscheduler(0) == SCHED_FIFO) {
            struct sched_param param;
            if (sched_getparam(0, &param) == 0 && param.sched_priority > 1) {
                param.sched_priority -= 1;
                sched_setscheduler(0, SCHED_FIFO, &param);
            }
        }
        close(report);
        close(out[0]);
        dup2(out[1], 1);
        close(out[1]);
        execvp(argv[3], argv + 3);
        _exit(127);
    }
    close(out[1]);
    size_t cap = 1 << 16, used = 0;
    int64_t *marks = malloc(cap * sizeof *marks);
    static char buf[1 << 20];
    int64_t total = 0;
    for (;;) {
        ssize_t n = read(out[0], buf, sizeof buf);
        int64_t at = now_ns();
        if (n <= 0) break;
        total += n;
        if (used + 2 > cap) {
            cap *= 2;
            marks = realloc(marks, cap * sizeof *marks);
            if (!marks) return 2;
        }
        marks[used++] = at;
        marks[used++] = total;
        if (write_all(1, buf, n) < 0) return 2;
    }
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) return 2;
    int64_t wall = now_ns() - start;
    FILE *times = fopen(reads_path, "wb");
    if (times) {
        fwrite(marks, sizeof *marks, used, times);
        fclose(times);
    }
    FILE *rep = fdopen(report, "w");
    if (rep) {
        fprintf(rep, "%ld %ld %ld %d %lld\n",
                (long)usage.ru_utime.tv_sec * 1000000L + usage.ru_utime.tv_usec,
                (long)usage.ru_stime.tv_sec * 1000000L + usage.ru_stime.tv_usec,
                usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status),
                (long long)wall);
        fclose(rep);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
