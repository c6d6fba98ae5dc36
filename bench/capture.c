/* capture PORT OUT: records every TCP segment with a payload that leaves
 * 127.0.0.1:PORT on the loopback device, with the kernel's timestamp of the
 * moment it went out, so that bench/run.py can tell when each packet of the
 * answer reached the client's socket (on loopback it is handed to the
 * receiving socket right after, in the same softirq).
 *
 * Why: the server's mark of a packet is taken when its write returned, but
 * the packet may leave later (TCP pacing under bbr holds it in the server's
 * socket), and a client can only be asked to write a delta within 1 ms of the
 * packet *arriving*. Nothing in either client changes for this.
 *
 * Prints "ready" on stdout once the socket is filtering, then sleeps until
 * its stdin closes: no read during the run, so no wake-up and no CPU on
 * either core while a client is measured (the kernel queues the packets in a
 * receive buffer large enough for a whole answer). Then it drains the queue
 * and writes, per segment: int64 CLOCK_MONOTONIC ns, uint32 client port,
 * uint32 TCP sequence number, uint32 payload length, then the payload.
 * Exits 3 if the kernel dropped any packet (the reassembly would have holes). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <linux/filter.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static int64_t ns_of(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc != 3) return 2;
    unsigned port = (unsigned)atoi(argv[1]);
    FILE *out = fopen(argv[2], "wb");
    if (!out) { perror("capture: open"); return 2; }
    int fd = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_IP));
    if (fd < 0) { perror("capture: socket (needs root)"); return 2; }
    /* "ip and tcp and src port PORT", no fragments: tcpdump -dd's program for
     * it on an Ethernet-framed device, which loopback is. */
    struct sock_filter code[] = {
        {0x28, 0, 0, 12},          {0x15, 0, 8, 0x0800},
        {0x30, 0, 0, 23},          {0x15, 0, 6, 6},
        {0x28, 0, 0, 20},          {0x45, 4, 0, 0x1fff},
        {0xb1, 0, 0, 14},          {0x48, 0, 0, 14},
        {0x15, 0, 1, port},        {0x6, 0, 0, 262144},
        {0x6, 0, 0, 0},
    };
    struct sock_fprog prog = {sizeof code / sizeof code[0], code};
    if (setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog) < 0) return 2;
    int on = 1, size = 1 << 30;
    if (setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on) < 0) return 2;
    if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size) < 0) return 2;
    struct sockaddr_ll where = {.sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_IP),
                                .sll_ifindex = (int)if_nametoindex("lo")};
    if (bind(fd, (struct sockaddr *)&where, sizeof where) < 0) return 2;
    printf("ready\n");
    fflush(stdout);
    char byte;
    while (read(0, &byte, 1) > 0) {}
    /* The kernel stamps with CLOCK_REALTIME; the launcher's marks are
     * CLOCK_MONOTONIC. The offset between the two, taken tightly. */
    int64_t offset = 0, best = INT64_MAX;
    for (int i = 0; i < 64; i++) {
        int64_t a = ns_of(CLOCK_MONOTONIC), real = ns_of(CLOCK_REALTIME), b = ns_of(CLOCK_MONOTONIC);
        if (b - a < best) { best = b - a; offset = real - (a + (b - a) / 2); }
    }
    static unsigned char frame[1 << 18];
    char control[256];
    for (;;) {
        struct iovec iov = {frame, sizeof frame};
        struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
                             .msg_controllen = sizeof control};
        ssize_t n = recvmsg(fd, &msg, MSG_DONTWAIT);
        if (n < 0) break;
        int64_t stamp = 0;
        for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
                struct timespec ts;
                memcpy(&ts, CMSG_DATA(c), sizeof ts);
                stamp = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec - offset;
            }
        }
        if (n < 14 + 20) continue;
        const unsigned char *ip = frame + 14;
        size_t ip_len = (size_t)(ip[0] & 0xf) * 4, total = (size_t)ip[2] << 8 | ip[3];
        if ((size_t)n < 14 + ip_len + 20 || total > (size_t)n - 14) continue;
        const unsigned char *tcp = ip + ip_len;
        size_t tcp_len = (size_t)(tcp[12] >> 4) * 4;
        if (ip_len + tcp_len > total) continue;
        uint32_t payload = (uint32_t)(total - ip_len - tcp_len);
        if (payload == 0) continue;
        uint32_t client = (uint32_t)(tcp[2] << 8 | tcp[3]);
        uint32_t seq = (uint32_t)tcp[4] << 24 | (uint32_t)tcp[5] << 16 | (uint32_t)tcp[6] << 8 | tcp[7];
        fwrite(&stamp, sizeof stamp, 1, out);
        fwrite(&client, sizeof client, 1, out);
        fwrite(&seq, sizeof seq, 1, out);
        fwrite(&payload, sizeof payload, 1, out);
        fwrite(tcp + tcp_len, 1, payload, out);
    }
    struct tpacket_stats stats;
    socklen_t len = sizeof stats;
    int dropped = getsockopt(fd, SOL_PACKET, PACKET_STATISTICS, &stats, &len) == 0 ? (int)stats.tp_drops : -1;
    if (fclose(out) != 0) return 2;
    if (dropped != 0) { fprintf(stderr, "capture: the kernel dropped %d packets\n", dropped); return 3; }
    return 0;
}
