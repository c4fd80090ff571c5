#ifndef KRAIT_CGMP_H
#define KRAIT_CGMP_H

/* GMP's mpn_* layer for the limbs of Krait's ints. Several mpn functions are macros or
   inline in <gmp.h>, which Swift cannot call, and GMP's limb type is `unsigned long`
   where Krait's layout says `uint64_t`; these wrappers take Krait's limbs. They follow
   the mpn contracts: sizes at least 1 unless noted, the first operand the longer one. */

#include <gmp.h>
#include <stdint.h>

_Static_assert(sizeof(mp_limb_t) == sizeof(uint64_t), "GMP limbs must be 64-bit");

typedef uint64_t *krait_limbs;
typedef const uint64_t *krait_const_limbs;

static inline uint64_t krait_mpn_add(krait_limbs r, krait_const_limbs a, long an, krait_const_limbs b, long bn) {
    return mpn_add((mp_ptr)r, (mp_srcptr)a, an, (mp_srcptr)b, bn);
}
static inline uint64_t krait_mpn_sub(krait_limbs r, krait_const_limbs a, long an, krait_const_limbs b, long bn) {
    return mpn_sub((mp_ptr)r, (mp_srcptr)a, an, (mp_srcptr)b, bn);
}
static inline uint64_t krait_mpn_add_1(krait_limbs r, krait_const_limbs a, long n, uint64_t b) {
    return mpn_add_1((mp_ptr)r, (mp_srcptr)a, n, b);
}
static inline uint64_t krait_mpn_sub_1(krait_limbs r, krait_const_limbs a, long n, uint64_t b) {
    return mpn_sub_1((mp_ptr)r, (mp_srcptr)a, n, b);
}
static inline int krait_mpn_cmp(krait_const_limbs a, krait_const_limbs b, long n) {
    return mpn_cmp((mp_srcptr)a, (mp_srcptr)b, n);
}
/* r must not overlap a or b and has room for an + bn limbs. */
static inline void krait_mpn_mul(krait_limbs r, krait_const_limbs a, long an, krait_const_limbs b, long bn) {
    if (a == b && an == bn) mpn_sqr((mp_ptr)r, (mp_srcptr)a, an);
    else mpn_mul((mp_ptr)r, (mp_srcptr)a, an, (mp_srcptr)b, bn);
}
static inline uint64_t krait_mpn_mul_1(krait_limbs r, krait_const_limbs a, long n, uint64_t b) {
    return mpn_mul_1((mp_ptr)r, (mp_srcptr)a, n, b);
}
/* q gets nn - dn + 1 limbs, rem dn limbs; the top limb of d is not 0. */
static inline void krait_mpn_tdiv_qr(krait_limbs q, krait_limbs rem, krait_const_limbs n, long nn, krait_const_limbs d, long dn) {
    mpn_tdiv_qr((mp_ptr)q, (mp_ptr)rem, 0, (mp_srcptr)n, nn, (mp_srcptr)d, dn);
}
/* 1 <= count <= 63. */
static inline uint64_t krait_mpn_lshift(krait_limbs r, krait_const_limbs a, long n, unsigned count) {
    return mpn_lshift((mp_ptr)r, (mp_srcptr)a, n, count);
}
static inline uint64_t krait_mpn_rshift(krait_limbs r, krait_const_limbs a, long n, unsigned count) {
    return mpn_rshift((mp_ptr)r, (mp_srcptr)a, n, count);
}
static inline uint64_t krait_mpn_popcount(krait_const_limbs a, long n) {
    return mpn_popcount((mp_srcptr)a, n);
}
static inline size_t krait_mpn_sizeinbase(krait_const_limbs a, long n, int base) {
    return mpn_sizeinbase((mp_srcptr)a, n, base);
}
/* Digit values (not characters), most significant first; clobbers a, whose top limb
   is not 0. */
static inline size_t krait_mpn_get_str(unsigned char *digits, int base, krait_limbs a, long n) {
    return mpn_get_str(digits, base, (mp_ptr)a, n);
}
/* Digit values, most significant first; returns the limb count of r. */
static inline long krait_mpn_set_str(krait_limbs r, const unsigned char *digits, size_t count, int base) {
    return mpn_set_str((mp_ptr)r, digits, count, base);
}

/* The mpz layer, for what mpn has no simple form of (gcd of any operands, square root,
   factorial, binomial coefficients). Operands are magnitudes read in place
   (mpz_roinit_n); a result lives in a krait_mpz, whose limbs the caller copies into an
   int before clearing it. */
typedef struct { mpz_t value; } krait_mpz;

static inline void krait_mpz_init(krait_mpz *r) { mpz_init(r->value); }
static inline void krait_mpz_clear(krait_mpz *r) { mpz_clear(r->value); }
static inline long krait_mpz_count(const krait_mpz *r) { return (long)mpz_size(r->value); }
static inline const uint64_t *krait_mpz_limbs(const krait_mpz *r) { return (const uint64_t *)mpz_limbs_read(r->value); }
/* an or bn may be 0. */
static inline void krait_mpz_gcd(krait_mpz *r, krait_const_limbs a, long an, krait_const_limbs b, long bn) {
    mpz_t x, y;
    mpz_gcd(r->value, mpz_roinit_n(x, (mp_srcptr)a, an), mpz_roinit_n(y, (mp_srcptr)b, bn));
}
static inline void krait_mpz_sqrt(krait_mpz *r, krait_const_limbs a, long an) {
    mpz_t x;
    mpz_sqrt(r->value, mpz_roinit_n(x, (mp_srcptr)a, an));
}
static inline void krait_mpz_factorial(krait_mpz *r, unsigned long n) { mpz_fac_ui(r->value, n); }
static inline void krait_mpz_binomial(krait_mpz *r, krait_const_limbs n, long nn, unsigned long k) {
    mpz_t x;
    mpz_bin_ui(r->value, mpz_roinit_n(x, (mp_srcptr)n, nn), k);
}

#endif
