/* OpenSSL's libcrypto digests, for hashlib's algorithm modules (libssl-dev). */
#include <openssl/sha.h>
