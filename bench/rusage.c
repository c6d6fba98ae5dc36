/* rusage FD COMMAND...: runs COMMAND and writes what the kernel accounted to
 * it on file descriptor FD: "user_us sys_us maxrss_kib exit_status".
 * Compiled by bench/run.py.
 *
 * Why not os.wait4 in the harness: a process started from Python inherits
 * Python's peak RSS (Linux carries the old address space's high-water mark
 * across exec, and subprocess forks Python itself), so ru_maxrss would
 * report the harness's size, not the command's. Forked from this small
 * program, the command's peak RSS is its own. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    int report = atoi(argv[1]);
    pid_t pid = fork();
    if (pid < 0) return 2;
    if (pid == 0) {
        close(report);
        execvp(argv[2], argv + 2);
        _exit(127);
    }
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) return 2;
    FILE *out = fdopen(report, "w");
    if (out) {
        fprintf(out, "%ld %ld %ld %d\n",
                (long)usage.ru_utime.tv_sec * 1000000L + usage.ru_utime.tv_usec,
                (long)usage.ru_stime.tv_sec * 1000000L + usage.ru_stime.tv_usec,
                usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
        fclose(out);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
