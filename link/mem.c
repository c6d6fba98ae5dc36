/*
 * memcpy, memmove and memcmp for the static Linux binary
 * (x86_64-unknown-linux-musl).
 *
 * Why: musl's x86_64 memcpy moves the bytes up to an 8-byte boundary one
 * `movsb` at a time, then the rest with `rep movsq`, whose start-up costs tens
 * of cycles, then the tail one `movsb` at a time again. That is fast for large
 * copies and slow for the few-byte ones Rust makes all the time (a JSON
 * string into its output buffer, a packet's text into the answer): a 10,000
 * session `session list --json` spent 44% of its samples in memcpy, and the
 * static binary took half again the glibc one's CPU. glibc picks a vector
 * implementation at start-up; this is the same idea without the picking:
 * overlapping unaligned loads and stores up to 64 bytes, 16-byte blocks up to
 * 512, then `rep movsb`, which the microcode runs with the widest moves the
 * CPU has (ERMS, on every x86_64 CPU since 2012).
 *
 * Built into every x86_64 build as onyx_memcpy and onyx_memmove, so that the
 * tests (src/libc_mem.rs) check them on the machine that runs them; only the
 * musl build (ONYX_LIBC_MEM, build.rs) makes them its memcpy and memmove.
 * musl's memmove is replaced too: it jumps into musl's memcpy, which would
 * then be linked beside this one.
 *
 * Every path reads what it may overwrite before writing it, so memmove can
 * use the forward paths whenever the destination is below the source.
 *
 * musl's memcmp (and bcmp, which calls it) goes one byte at a time, ~4
 * instructions a byte: Rust compares slices with it, and the answer stream's
 * fast path (src/api/stream/packet.rs) matches ~80 bytes of fixed text in
 * every packet, so it was 14% of the instructions of an `ask`. This one
 * compares 8 bytes at a time.
 */
#include <stddef.h>
#include <stdint.h>

typedef uint16_t u16 __attribute__((__may_alias__, __aligned__(1)));
typedef uint32_t u32 __attribute__((__may_alias__, __aligned__(1)));
typedef uint64_t u64 __attribute__((__may_alias__, __aligned__(1)));
typedef long long v16 __attribute__((__vector_size__(16), __may_alias__, __aligned__(1)));

/* n <= 64, any overlap: everything is loaded before anything is stored. */
static inline void copy_small(unsigned char *d, const unsigned char *s, size_t n)
{
	if (n > 32) {
		v16 a = *(const v16 *)s, b = *(const v16 *)(s + 16);
		v16 c = *(const v16 *)(s + n - 32), e = *(const v16 *)(s + n - 16);
		*(v16 *)d = a;
		*(v16 *)(d + 16) = b;
		*(v16 *)(d + n - 32) = c;
		*(v16 *)(d + n - 16) = e;
	} else if (n > 16) {
		v16 a = *(const v16 *)s, b = *(const v16 *)(s + n - 16);
		*(v16 *)d = a;
		*(v16 *)(d + n - 16) = b;
	} else if (n >= 8) {
		u64 a = *(const u64 *)s, b = *(const u64 *)(s + n - 8);
		*(u64 *)d = a;
		*(u64 *)(d + n - 8) = b;
	} else if (n >= 4) {
		u32 a = *(const u32 *)s, b = *(const u32 *)(s + n - 4);
		*(u32 *)d = a;
		*(u32 *)(d + n - 4) = b;
	} else if (n >= 2) {
		u16 a = *(const u16 *)s, b = *(const u16 *)(s + n - 2);
		*(u16 *)d = a;
		*(u16 *)(d + n - 2) = b;
	} else if (n == 1) {
		*d = *s;
	}
}

/* n > 64, front to back: right when d <= s or the two do not overlap. */
static inline void copy_forward(unsigned char *d, const unsigned char *s, size_t n)
{
	if (n > 512) {
		/* Byte by byte in effect, front to back, whatever the overlap. */
		__asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
		return;
	}
	/* The last block is read first: the blocks before it may overwrite it. */
	v16 last = *(const v16 *)(s + n - 16);
	unsigned char *end = d + n - 16;
	for (size_t at = 0; at < n - 16; at += 16)
		*(v16 *)(d + at) = *(const v16 *)(s + at);
	*(v16 *)end = last;
}

/* n > 64, back to front: for d > s overlapping. */
static inline void copy_backward(unsigned char *d, const unsigned char *s, size_t n)
{
	v16 first = *(const v16 *)s;
	for (size_t left = n; left > 16; left -= 16)
		*(v16 *)(d + left - 16) = *(const v16 *)(s + left - 16);
	*(v16 *)d = first;
}

void *onyx_memcpy(void *restrict dest, const void *restrict src, size_t n)
{
	if (n <= 64)
		copy_small(dest, src, n);
	else
		copy_forward(dest, src, n);
	return dest;
}

void *onyx_memmove(void *dest, const void *src, size_t n)
{
	unsigned char *d = dest;
	const unsigned char *s = src;
	if (n <= 64)
		copy_small(d, s, n);
	else if ((uintptr_t)d - (uintptr_t)s >= n)
		/* d below s (the difference wraps), or no overlap at all. */
		copy_forward(d, s, n);
	else
		copy_backward(d, s, n);
	return dest;
}

/* The sign of the first differing byte, unsigned, 8 bytes at a time; the
 * last 8 are loaded overlapping the block before them, which was equal. */
int onyx_memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *l = a, *r = b;
	if (n < 8) {
		for (; n; n--, l++, r++)
			if (*l != *r)
				return *l - *r;
		return 0;
	}
	for (size_t at = 0;; at += 8) {
		if (at > n - 8)
			at = n - 8;
		uint64_t x = *(const u64 *)(l + at), y = *(const u64 *)(r + at);
		if (x != y) {
			/* Big-endian, the first byte is the most significant. */
			x = __builtin_bswap64(x);
			y = __builtin_bswap64(y);
			return x < y ? -1 : 1;
		}
		if (at == n - 8)
			return 0;
	}
}

#ifdef ONYX_LIBC_MEM
void *memcpy(void *restrict, const void *restrict, size_t) __attribute__((__alias__("onyx_memcpy")));
void *memmove(void *, const void *, size_t) __attribute__((__alias__("onyx_memmove")));
int memcmp(const void *, const void *, size_t) __attribute__((__alias__("onyx_memcmp")));
int bcmp(const void *, const void *, size_t) __attribute__((__alias__("onyx_memcmp")));
#endif
