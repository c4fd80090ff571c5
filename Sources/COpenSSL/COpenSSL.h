/* OpenSSL's libcrypto, for hashlib's modules (libssl-dev). HMAC_CTX is what
   _hashlib's HMAC type wraps, as CPython 3.11's does, though OpenSSL 3 deprecates it. */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/crypto.h>
