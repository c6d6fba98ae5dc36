//! The static Linux binary's memcpy, memmove and memcmp (link/mem.c,
//! compiled by build.rs into every x86_64 build), checked here on the machine
//! that runs the tests against the slice methods: every length to 600 bytes,
//! at every alignment, apart and overlapping either way; every place of a
//! first difference, either way round.

#[cfg(test)]
mod tests {
    extern "C" {
        fn onyx_memcpy(dest: *mut u8, src: *const u8, n: usize) -> *mut u8;
        fn onyx_memmove(dest: *mut u8, src: *const u8, n: usize) -> *mut u8;
        fn onyx_memcmp(a: *const u8, b: *const u8, n: usize) -> i32;
    }

    #[test]
    fn memcmp_orders_by_the_first_differing_byte_unsigned() {
        let base = pattern(300);
        for n in 0..=130 {
            // The two sides at their own alignments: the same, and apart.
            for (left_at, right_at) in [(0, 0), (1, 0), (7, 3), (5, 5)] {
                // `base[at..at + n]` laid out at `offset` in a buffer of its own.
                let placed = |offset: usize| {
                    let mut buffer = vec![0x55u8; offset];
                    buffer.extend_from_slice(&base[..n]);
                    buffer
                };
                let sign = |left: &[u8], right: &[u8]| {
                    unsafe { onyx_memcmp(left.as_ptr().add(left_at), right.as_ptr().add(right_at), n) }.signum()
                };
                assert_eq!(sign(&placed(left_at), &placed(right_at)), 0, "n {n}");
                for at in 0..n {
                    // Each byte after the first difference differs too, the other way.
                    for (low, high) in [(0x00u8, 0x01u8), (0x7F, 0x80), (0x10, 0xFF)] {
                        let (mut lesser, mut greater) = (placed(left_at), placed(right_at));
                        lesser[left_at + at] = low;
                        greater[right_at + at] = high;
                        for byte in at + 1..n {
                            lesser[left_at + byte] = 0xFF;
                            greater[right_at + byte] = 0x00;
                        }
                        assert_eq!(sign(&lesser, &greater), -1, "n {n}, at {at}, {left_at}/{right_at}");
                        let (mut greater, mut lesser) = (placed(left_at), placed(right_at));
                        greater[left_at + at] = high;
                        lesser[right_at + at] = low;
                        for byte in at + 1..n {
                            greater[left_at + byte] = 0x00;
                            lesser[right_at + byte] = 0xFF;
                        }
                        assert_eq!(sign(&greater, &lesser), 1, "n {n}, at {at}, {left_at}/{right_at}");
                    }
                }
            }
        }
    }

    /// Bytes that differ at every position, so a misplaced byte shows.
    fn pattern(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 7 + i / 251) as u8).collect()
    }

    #[test]
    fn memcpy_copies_every_length_at_every_alignment() {
        let source = pattern(700);
        for n in 0..=600 {
            for (from, to) in [(0, 0), (1, 0), (0, 3), (5, 9), (15, 1), (8, 8)] {
                let mut dest = vec![0xAAu8; 700];
                let back = unsafe { onyx_memcpy(dest.as_mut_ptr().add(to), source.as_ptr().add(from), n) };
                assert_eq!(back, unsafe { dest.as_mut_ptr().add(to) });
                assert_eq!(
                    &dest[to..to + n],
                    &source[from..from + n],
                    "n {n}, from {from}, to {to}"
                );
                assert!(
                    dest[..to].iter().chain(&dest[to + n..]).all(|&b| b == 0xAA),
                    "n {n}: wrote outside"
                );
            }
        }
    }

    #[test]
    fn memmove_copies_overlapping_either_way() {
        for n in 0..=600 {
            for (from, to) in [
                (0, 1),
                (1, 0),
                (0, 16),
                (16, 0),
                (3, 70),
                (70, 3),
                (0, 500),
                (500, 0),
                (7, 7),
            ] {
                let mut expected = pattern(1200);
                expected.copy_within(from..from + n, to);
                let mut got = pattern(1200);
                let base = got.as_mut_ptr();
                unsafe { onyx_memmove(base.add(to), base.add(from), n) };
                assert_eq!(got, expected, "n {n}, from {from}, to {to}");
            }
        }
    }
}
