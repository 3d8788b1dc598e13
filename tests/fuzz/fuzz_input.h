/* SPDX-License-Identifier: MIT */
/*
 * The fuzz targets' view of libFuzzer's input: a cursor over its bytes
 * that reads zeros once they run out, so every input is a whole program.
 */
#ifndef FUZZ_INPUT_H
#define FUZZ_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct fuzz_in {
	const uint8_t *p;
	size_t n;
};

static inline bool fin_more(const struct fuzz_in *in)
{
	return in->n > 0;
}

static inline uint8_t fin_u8(struct fuzz_in *in)
{
	if (in->n == 0)
		return 0;
	in->n--;
	return *in->p++;
}

static inline uint64_t fin_bytes_le(struct fuzz_in *in, unsigned int bytes)
{
	uint64_t v = 0;

	for (unsigned int i = 0; i < bytes; i++)
		v |= (uint64_t)fin_u8(in) << (8 * i);
	return v;
}

static inline uint16_t fin_u16(struct fuzz_in *in)
{
	return (uint16_t)fin_bytes_le(in, 2);
}

static inline uint32_t fin_u32(struct fuzz_in *in)
{
	return (uint32_t)fin_bytes_le(in, 4);
}

static inline uint64_t fin_u64(struct fuzz_in *in)
{
	return fin_bytes_le(in, 8);
}

/* A number below n (n from 1 to 256). */
static inline uint32_t fin_below(struct fuzz_in *in, uint32_t n)
{
	return fin_u8(in) % n;
}

/* Copy up to len input bytes to dst; the rest of dst is left as it was. */
static inline size_t fin_copy(struct fuzz_in *in, uint8_t *dst, size_t len)
{
	size_t i;

	for (i = 0; i < len && in->n > 0; i++)
		dst[i] = fin_u8(in);
	return i;
}

#endif
