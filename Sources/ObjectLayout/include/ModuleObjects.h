#ifndef KRAIT_MODULE_OBJECTS_H
#define KRAIT_MODULE_OBJECTS_H

/* The types of the native standard-library modules that CPython writes in C:
   itertools, _collections, _functools, _operator, _string, array, _io. Krait's own layouts; every
   Value field is traced by its type's tp_traverse. */

#include "BuiltinObjects.h"
#include "StaticObjects.h"
#include "TypeObject.h"
#include "Value.h"
#include <semaphore.h>

/* ---- itertools ---- */

/* count(start, step): the next value and the step (any numbers). */
typedef struct {
    PyObject ob_base;
    KraitValue cnt;
    KraitValue step;
} KraitCountObject;

typedef struct {
    PyObject ob_base;
    KraitValue it;
    /* A list of the items seen on the first pass. */
    KraitValue saved;
    Py_ssize_t index;
    int32_t firstpass;
} KraitCycleObject;

typedef struct {
    PyObject ob_base;
    KraitValue element;
    /* The items left, or -1 for ever. */
    Py_ssize_t cnt;
} KraitRepeatObject;

typedef struct {
    PyObject ob_base;
    KraitValue total;
    KraitValue it;
    KraitValue binop;
    KraitValue initial;
} KraitAccumulateObject;

typedef struct {
    PyObject ob_base;
    /* The iterator of iterables (empty once exhausted) and the current iterator. */
    KraitValue source;
    KraitValue active;
} KraitChainObject;

typedef struct {
    PyObject ob_base;
    KraitValue data;
    KraitValue selectors;
} KraitCompressObject;

/* dropwhile, takewhile, filterfalse, starmap: a function and an iterator; `stop`
   is dropwhile's "done dropping" and takewhile's "done taking". */
typedef struct {
    PyObject ob_base;
    KraitValue func;
    KraitValue it;
    int32_t stop;
} KraitPredicateObject;

typedef struct {
    PyObject ob_base;
    KraitValue it;
    KraitValue keyfunc;
    KraitValue tgtkey;
    KraitValue currkey;
    KraitValue currvalue;
    /* The _grouper last handed out: only it may advance the shared iterator. */
    KraitValue currgrouper;
} KraitGroupByObject;

typedef struct {
    PyObject ob_base;
    KraitValue parent;
    KraitValue tgtkey;
} KraitGrouperObject;

typedef struct {
    PyObject ob_base;
    /* Empty once the slice is done. */
    KraitValue it;
    Py_ssize_t next;
    /* -1 when there is no stop. */
    Py_ssize_t stop;
    Py_ssize_t step;
    Py_ssize_t cnt;
} KraitISliceObject;

typedef struct {
    PyObject ob_base;
    KraitValue it;
    KraitValue old;
} KraitPairwiseObject;

/* The items tee's iterators share: blocks of KRAIT_TEE_LINKCELLS items read from the
   underlying iterator, linked as they fill. */
#define KRAIT_TEE_LINKCELLS 57
typedef struct {
    PyObject ob_base;
    KraitValue it;
    int32_t numread;
    int32_t running;
    KraitValue nextlink;
    KraitValue values[KRAIT_TEE_LINKCELLS];
} KraitTeeDataObject;

typedef struct {
    PyObject ob_base;
    KraitValue dataobj;
    int32_t index;
    KraitValue weakreflist;
} KraitTeeObject;

typedef struct {
    PyObject ob_base;
    /* A tuple of iterators; an exhausted one is replaced by empty. */
    KraitValue ittuple;
    Py_ssize_t numactive;
    KraitValue fillvalue;
} KraitZipLongestObject;

/* product, combinations, combinations_with_replacement, permutations: the pool
   (a tuple; product's holds one tuple per pool), the current indices (a tuple of
   small ints owned by the iterator, as permutations' cycles), the length of a
   result, and how far it has got. */
typedef struct {
    PyObject ob_base;
    KraitValue pool;
    KraitValue indices;
    KraitValue cycles;
    Py_ssize_t r;
    /* 0 before the first result, 1 while running, 2 when exhausted. */
    int32_t state;
} KraitCombinatoricObject;

/* ---- _collections ---- */

/* deque: a ring buffer in a value array block whose ob_size is its capacity (a power
   of two), so the trace visits every cell; cells outside the items are empty. */
typedef struct {
    PyObject ob_base;
    KraitValue block;
    Py_ssize_t head;
    Py_ssize_t count;
    /* -1 when unbounded. */
    Py_ssize_t maxlen;
    /* Counts mutations, so iterators notice them. */
    size_t state;
    KraitValue weakreflist;
} KraitDequeObject;

typedef struct {
    PyObject ob_base;
    KraitValue deque;
    Py_ssize_t index;
    size_t state;
    /* The items left to yield. */
    Py_ssize_t counter;
} KraitDequeIterObject;

typedef struct {
    PyDictObject dict;
    KraitValue default_factory;
} KraitDefaultDictObject;

typedef struct {
    PyObject ob_base;
    Py_ssize_t index;
    KraitValue doc;
} KraitTupleGetterObject;

/* ---- _functools ---- */

typedef struct {
    PyObject ob_base;
    KraitValue fn;
    KraitValue args;
    KraitValue kw;
    KraitValue dict;
    KraitValue weakreflist;
} KraitPartialObject;

typedef struct {
    PyObject ob_base;
    KraitValue cmp;
    KraitValue object;
} KraitKeyObject;

/* _lru_cache_wrapper: a dict from keys to links; a bounded cache also keeps its
   links in a circular list from least to most recently used, `root` its anchor. */
typedef struct {
    PyObject ob_base;
    KraitValue prev;
    KraitValue next;
    KraitValue key;
    KraitValue result;
    Py_hash_t hash;
} KraitLruLinkObject;

typedef struct {
    PyObject ob_base;
    KraitValue func;
    KraitValue cache;
    KraitValue root;
    KraitValue cache_info_type;
    KraitValue dict;
    KraitValue weakreflist;
    /* -1 when unbounded. */
    Py_ssize_t maxsize;
    Py_ssize_t hits;
    Py_ssize_t misses;
    int32_t typed;
} KraitLruCacheObject;

/* ---- _operator ---- */

typedef struct {
    PyObject ob_base;
    /* itemgetter: the items; attrgetter: per attribute, a tuple of its dotted parts. */
    KraitValue items;
} KraitGetterObject;

typedef struct {
    PyObject ob_base;
    KraitValue name;
    KraitValue args;
    KraitValue kwds;
} KraitMethodCallerObject;

/* ---- _string ---- */

/* formatter_parser's and formatter_field_name_split's iterators: a str and the
   position reached in it. */
typedef struct {
    PyObject ob_base;
    KraitValue str;
    Py_ssize_t pos;
    Py_ssize_t end;
} KraitFormatterIterObject;

/* ---- posix ---- */

/* scandir()'s iterator: the DirEntry objects read when it was made, and the next. */
typedef struct {
    PyObject ob_base;
    KraitValue entries;
    Py_ssize_t index;
} KraitScandirIteratorObject;

/* os.DirEntry: the name and joined path (str or bytes), the stat results once
   asked for, and what readdir told: the inode and d_type. dir_fd is the scandir(fd)
   descriptor, or -1. */
typedef struct {
    PyObject ob_base;
    KraitValue name;
    KraitValue path;
    KraitValue stat;
    KraitValue lstat;
    uint64_t ino;
    int32_t d_type;
    int32_t dir_fd;
} KraitDirEntryObject;

/* ---- _thread ---- */

/* _thread.lock and _thread.RLock: a semaphore of value 1 while unlocked, which threads
   wait on without the GIL; an RLock's owner and count change only under the GIL. */
typedef struct {
    PyObject ob_base;
    KraitValue weakreflist;
    uint64_t owner;
    Py_ssize_t count;
    sem_t semaphore;
} KraitLockObject;

/* ---- _random ---- */

/* The Mersenne Twister's 624 words and the index of the next one to use. */
typedef struct {
    PyObject ob_base;
    int32_t index;
    uint32_t state[624];
} KraitRandomObject;

/* ---- _hashlib, _md5, _sha1, _sha256, _sha512, _sha3 ---- */

/* _hashlib.HASH, HASHXOF and HMAC, and the digest objects of the builtin hash
   modules: `ctx` is OpenSSL's EVP_MD_CTX or HMAC_CTX, freed by the finalizer (NULL
   afterwards). */
typedef struct {
    PyObject ob_base;
    void *ctx;
} KraitHashlibObject;

/* ---- _blake2 ---- */

/* blake2b and blake2s objects: libb2's parameter block (64 or 32 bytes) and state
   (358 or 182 bytes, packed) kept in place, so nothing is to be freed. */
typedef struct {
    PyObject ob_base;
    uint8_t param[64];
    uint8_t state[384];
} KraitBlake2Object;

/* ---- zlib ---- */

/* zlib.Compress and zlib.Decompress: `stream` is a malloc'd z_stream with the
   object's lock (Modules/Zlib/ZlibStream.swift), NULL once freed; the stream is
   outside the heap so zlib can use it while the GIL is released. `zdict` is empty
   when there is none. */
typedef struct {
    PyObject ob_base;
    void *stream;
    KraitValue unused_data;
    KraitValue unconsumed_tail;
    KraitValue zdict;
    char eof;
    char is_initialised;
} KraitZlibObject;
/* ---- _csv ---- */

/* _csv.Dialect: the characters are code points, KRAIT_CSV_NOT_SET when there is none
   (NUL is a valid character). The flags are read by T_BOOL members. */
#define KRAIT_CSV_NOT_SET 0xFFFFFFFFu
typedef struct {
    PyObject ob_base;
    char doublequote;
    char skipinitialspace;
    char strict;
    int32_t quoting;
    uint32_t delimiter;
    uint32_t quotechar;
    uint32_t escapechar;
    KraitValue lineterminator;
} KraitCSVDialectObject;

/* _csv.reader: the field being read is `field_len` code points at `field`, the data
   of a collected byte block with room for `field_size` (the trace visits it). */
typedef struct {
    PyObject ob_base;
    KraitValue input_iter;
    KraitValue dialect;
    KraitValue fields;
    char *field;
    Py_ssize_t field_size;
    Py_ssize_t field_len;
    Py_ssize_t line_num;
    int32_t state;
    char numeric_field;
} KraitCSVReaderObject;

/* _csv.writer: the record being joined is `rec_len` code points at `rec`, a byte
   block's data with room for `rec_size`. */
typedef struct {
    PyObject ob_base;
    KraitValue write;
    KraitValue dialect;
    char *rec;
    Py_ssize_t rec_size;
    Py_ssize_t rec_len;
    Py_ssize_t num_fields;
} KraitCSVWriterObject;
/* ---- pyexpat ---- */

/* pyexpat.xmlparser: `itself` is the XML_Parser (freed by the finalizer, NULL after),
   whose user data is this object. `buffer` is the character data buffer of
   buffer_text, a byte block's data (NULL while buffer_text is off). `handlers` are the
   Python handlers by CPython's handler_info order, empty when unset; `parent` keeps
   the parser an external entity parser was made from alive. */
#define KRAIT_EXPAT_HANDLERS 22
typedef struct {
    PyObject ob_base;
    void *itself;
    KraitValue intern;
    KraitValue parent;
    char *buffer;
    int32_t buffer_size;
    int32_t buffer_used;
    char ordered_attributes;
    char specified_attributes;
    char ns_prefixes;
    char in_callback;
    KraitValue handlers[KRAIT_EXPAT_HANDLERS];
} KraitXMLParserObject;
/* ---- unicodedata ---- */

/* unicodedata.UCD: a previous version of the database (ucd_3_2_0, the only one). */
typedef struct {
    PyObject ob_base;
    KraitValue unidata_version;
} KraitUCDObject;
/* ---- array ---- */

/* array.array: ob_size items of `itemsize` bytes at ob_item, the data of a collected
   KraitByteBlock with room for `allocated` items (the owner's trace visits it), as
   bytearray's storage; ob_item is NULL while nothing was allocated. */
typedef struct {
    PyVarObject ob_base;
    char *ob_item;
    Py_ssize_t allocated;
    KraitValue weakreflist;
    int32_t typecode;
    int32_t itemsize;
} KraitArrayObject;

typedef struct {
    PyObject ob_base;
    /* Empty once exhausted. */
    KraitValue array;
    Py_ssize_t index;
} KraitArrayIterObject;

/* ---- _io ---- */

/* _IOBase and its abstract subclasses: a dict (holding `__IOBase_closed`, as in
   CPython) and weak references. Every concrete io type starts with this. */
typedef struct {
    PyObject ob_base;
    KraitValue dict;
    KraitValue weakreflist;
} KraitIOBaseObject;

/* StringIO: `string_size` UCS-4 code points at `buf` (a byte block with room for
   `allocated`); `decoder` is the IncrementalNewlineDecoder of universal newline
   modes, `writenl` the newline writes translate "\n" to (empty: none). */
typedef struct {
    KraitIOBaseObject base;
    uint32_t *buf;
    Py_ssize_t pos;
    Py_ssize_t string_size;
    Py_ssize_t allocated;
    KraitValue decoder;
    KraitValue readnl;
    KraitValue writenl;
    int32_t ok;
    int32_t closed;
    int32_t readuniversal;
    int32_t readtranslate;
} KraitStringIOObject;

/* BytesIO: `string_size` bytes at `buf` (a byte block with room for `allocated`). */
typedef struct {
    KraitIOBaseObject base;
    char *buf;
    Py_ssize_t pos;
    Py_ssize_t string_size;
    Py_ssize_t allocated;
    Py_ssize_t exports;
    int32_t closed;
} KraitBytesIOObject;

/* What BytesIO.getbuffer()'s memoryview exports: the BytesIO's current bytes. */
typedef struct {
    PyObject ob_base;
    KraitValue source;
} KraitBytesIOBufferObject;

/* IncrementalNewlineDecoder; `seennl` has bits 1 (LF), 2 (CR), 4 (CRLF). */
typedef struct {
    PyObject ob_base;
    KraitValue decoder;
    KraitValue errors;
    int32_t ok;
    int32_t pendingcr;
    int32_t translate;
    int32_t seennl;
} KraitNewlineDecoderObject;

/* FileIO: a file descriptor (-1 when closed) and its mode; `owner` is a weak
   reference to the buffered stream over it, flushed before the descriptor is
   closed when both die together. */
typedef struct {
    KraitIOBaseObject base;
    KraitValue owner;
    int32_t fd;
    int32_t created;
    int32_t readable;
    int32_t writable;
    int32_t appending;
    /* -1 unknown, 0 no, 1 yes. */
    int32_t seekable;
    int32_t closefd;
    int32_t finalizing;
    Py_ssize_t blksize;
} KraitFileIOObject;

/* BufferedReader, BufferedWriter, BufferedRandom: a buffer of `buffer_size` bytes
   over `raw`, either holding bytes read ahead ([pos, read_end) not yet returned) or
   bytes written and not yet flushed ([0, write_end)), never both. */
typedef struct {
    KraitIOBaseObject base;
    KraitValue raw;
    char *buffer;
    Py_ssize_t buffer_size;
    Py_ssize_t pos;
    Py_ssize_t read_end;
    Py_ssize_t write_end;
    int32_t ok;
    int32_t detached;
    int32_t readable;
    int32_t writable;
} KraitBufferedObject;

/* BufferedRWPair: a BufferedReader and a BufferedWriter. */
typedef struct {
    KraitIOBaseObject base;
    KraitValue reader;
    KraitValue writer;
} KraitBufferedRWPairObject;

/* TextIOWrapper over a buffered binary stream. Read text is decoded a chunk at a
   time: `decoded` holds the chunk's characters (a str; `decoded_pos` of them
   returned) and `ends` (a bytes object of Py_ssize_t) the offset, from
   `snapshot_pos` in the stream, just past each one's bytes, so tell() is exact;
   `pending` holds the bytes after the chunk not decoded yet (an incomplete
   sequence, or a "\r" that may begin "\r\n").
   Encodings only the codec registry has (`codec` -1) use its incremental `decoder`
   (wrapped in an IncrementalNewlineDecoder in universal mode) and `encoder`, and
   CPython's snapshot for tell(): `dec_flags` (empty: no snapshot) and, in `pending`,
   the input fed to the decoder since then; `b2cratio` is bytes per character of the
   last chunk. */
typedef struct {
    KraitIOBaseObject base;
    KraitValue buffer;
    KraitValue encoding;
    KraitValue errors;
    KraitValue readnl;
    KraitValue writenl;
    KraitValue decoded;
    KraitValue ends;
    KraitValue pending;
    Py_ssize_t decoded_pos;
    Py_ssize_t snapshot_pos;
    Py_ssize_t chunk_size;
    int32_t ok;
    int32_t detached;
    int32_t codec;
    int32_t readuniversal;
    int32_t readtranslate;
    int32_t line_buffering;
    int32_t write_through;
    int32_t seennl;
    KraitValue decoder;
    KraitValue encoder;
    KraitValue dec_flags;
    double b2cratio;
    int32_t telling;
    /* Whether the buffer was readable when wrapped (CPython makes no decoder if not). */
    int32_t can_read;
} KraitTextIOObject;

/* ---- _sre ---- */

/* re.Pattern: ob_size 32-bit code words follow the struct. `isbytes` is 1 for a bytes
   pattern, 0 for str, -1 for None (patterns built from parsed code). */
typedef struct {
    PyVarObject ob_base;
    KraitValue pattern;
    /* The dict of group names and its inverse tuple; empty when no group is named. */
    KraitValue groupindex;
    KraitValue indexgroup;
    KraitValue weakreflist;
    Py_ssize_t groups;
    int32_t flags;
    int32_t isbytes;
} KraitPatternObject;

/* re.Match: 2 * `groups` positions follow the struct, each group's start and end
   (group 0 is the whole match), -1 for a group that did not take part. */
typedef struct {
    PyVarObject ob_base;
    KraitValue pattern;
    KraitValue string;
    /* The `regs` tuple once asked for. */
    KraitValue regs;
    Py_ssize_t pos;
    Py_ssize_t endpos;
    Py_ssize_t lastindex;
    Py_ssize_t groups;
} KraitMatchObject;

/* _sre.SRE_Scanner: the search state kept between calls; `start` is -1 once no
   match is left. */
typedef struct {
    PyObject ob_base;
    KraitValue pattern;
    KraitValue string;
    Py_ssize_t pos;
    Py_ssize_t endpos;
    Py_ssize_t start;
    int32_t must_advance;
} KraitScannerObject;
/* ---- _codecs ---- */

/* EncodingMap (charmap_build): the byte each code point below U+10000 encodes to.
   `table` is a bytes object: 256 block numbers for the code point's high byte (0xFF:
   none), then the 256-byte blocks indexed by its low byte (0: unmapped, but for U+0000).
   `size` is what size() reports, the size of CPython's three-level table. */
typedef struct {
    PyObject ob_base;
    KraitValue table;
    Py_ssize_t size;
} KraitEncodingMapObject;
/* ---- _struct ---- */

/* One compiled item of a struct format: `repeat` items of `size` bytes from `offset`
   (for 's' and 'p', one item of `size` bytes), in byte order `mode` (0 native, 1
   little-endian standard, 2 big-endian standard). */
typedef struct {
    Py_ssize_t offset;
    Py_ssize_t size;
    Py_ssize_t repeat;
    char format;
    char mode;
} KraitStructCode;

/* _struct.Struct: the format (ASCII bytes; empty before __init__), the packed size, the
   number of values, and the codes (a bytes object holding KraitStructCode). */
typedef struct {
    PyObject ob_base;
    Py_ssize_t s_size;
    Py_ssize_t s_len;
    KraitValue s_codes;
    KraitValue s_format;
    KraitValue weakreflist;
} KraitStructObject;

/* iter_unpack's iterator: the Struct, the buffer's exporter (empty once
   exhausted) and the offset of the next item. */
typedef struct {
    PyObject ob_base;
    KraitValue so;
    KraitValue buffer;
    Py_ssize_t index;
} KraitUnpackIterObject;

/* ---- _contextvars ---- */

/* contextvars.Context: `vars` is a dict from ContextVar to value. Once `shared` (a
   copy or an iterator holds the same dict), it is never changed again: the next
   change works on a copy. `prev` is the context entered before it, while entered. */
typedef struct {
    PyObject ob_base;
    KraitValue vars;
    KraitValue prev;
    KraitValue weakreflist;
    int32_t entered;
    int32_t shared;
} KraitContextObject;

/* contextvars.ContextVar: `default_value` is empty when there is none; `hash` is
   the address's hash mixed with the name's, as CPython's. */
typedef struct {
    PyObject ob_base;
    KraitValue name;
    KraitValue default_value;
    Py_hash_t hash;
} KraitContextVarObject;

/* contextvars.Token: `old_value` is empty when the variable had no value. */
typedef struct {
    PyObject ob_base;
    KraitValue context;
    KraitValue var;
    KraitValue old_value;
    int32_t used;
} KraitContextTokenObject;

/* The iterators of Context.items(), keys() and values() over a shared dict. */
typedef struct {
    PyObject ob_base;
    KraitValue vars;
    Py_ssize_t position;
} KraitContextIterObject;

/* ---- select ---- */

/* select.poll: a dict from each registered descriptor to its event mask; `running`
   while a poll() waits, which may not be re-entered. */
typedef struct {
    PyObject ob_base;
    KraitValue fds;
    int32_t running;
} KraitPollObject;

/* select.epoll: its descriptor, -1 once closed. */
typedef struct {
    PyObject ob_base;
    int32_t epfd;
} KraitEpollObject;

/* ---- _socket ---- */

/* _socket.socket: the descriptor (-1 once closed or detached), family, type and
   protocol, and the timeout in nanoseconds (-1: blocking; 0: non-blocking; else the
   descriptor is non-blocking and calls wait with poll() up to that long). */
typedef struct {
    PyObject ob_base;
    int32_t sock_fd;
    int32_t sock_family;
    int32_t sock_type;
    int32_t sock_proto;
    int64_t sock_timeout;
} KraitSocketObject;
/* ---- _json ---- */

/* _json.Scanner (make_scanner): the decoder's settings, read once from its context. */
typedef struct {
    PyObject ob_base;
    KraitValue strict;
    KraitValue object_hook;
    KraitValue object_pairs_hook;
    KraitValue parse_float;
    KraitValue parse_int;
    KraitValue parse_constant;
} KraitJSONScannerObject;

/* _json.Encoder (make_encoder); fast_encode: 1 or 2 when the encoder is this module's
   encode_basestring_ascii or encode_basestring, else 0. */
typedef struct {
    PyObject ob_base;
    KraitValue markers;
    KraitValue defaultfn;
    KraitValue encoder;
    KraitValue indent;
    KraitValue key_separator;
    KraitValue item_separator;
    KraitValue sort_keys;
    KraitValue skipkeys;
    Py_ssize_t allow_nan;
    Py_ssize_t fast_encode;
} KraitJSONEncoderObject;

/* ---- _ast ---- */

/* ast.AST, the base of every node class: a node's fields are attributes in its dict. */
typedef struct {
    PyObject ob_base;
    KraitValue dict;
} KraitASTObject;

#define KRAIT_MODULE_TYPES(X) \
    X(KraitCount_Type, count) \
    X(KraitCycle_Type, cycle) \
    X(KraitRepeat_Type, repeat) \
    X(KraitAccumulate_Type, accumulate) \
    X(KraitChain_Type, chain) \
    X(KraitCompress_Type, compress) \
    X(KraitDropWhile_Type, dropwhile) \
    X(KraitTakeWhile_Type, takewhile) \
    X(KraitFilterFalse_Type, filterfalse) \
    X(KraitStarMap_Type, starmap) \
    X(KraitGroupBy_Type, groupby) \
    X(KraitGrouper_Type, grouper) \
    X(KraitISlice_Type, islice) \
    X(KraitPairwise_Type, pairwise) \
    X(KraitTee_Type, tee) \
    X(KraitTeeDataObject_Type, teeDataObject) \
    X(KraitZipLongest_Type, zipLongest) \
    X(KraitProduct_Type, product) \
    X(KraitCombinations_Type, combinations) \
    X(KraitCombinationsWithReplacement_Type, combinationsWithReplacement) \
    X(KraitPermutations_Type, permutations) \
    X(KraitDeque_Type, deque) \
    X(KraitDequeIter_Type, dequeIterator) \
    X(KraitDequeRevIter_Type, dequeReverseIterator) \
    X(KraitDefaultDict_Type, defaultdict) \
    X(KraitTupleGetter_Type, tupleGetter) \
    X(KraitPartial_Type, partial) \
    X(KraitKeyWrapper_Type, keyWrapper) \
    X(KraitLruCache_Type, lruCache) \
    X(KraitLruLink_Type, lruLink) \
    X(KraitItemGetter_Type, itemgetter) \
    X(KraitAttrGetter_Type, attrgetter) \
    X(KraitMethodCaller_Type, methodcaller) \
    X(KraitFormatterIter_Type, formatterIterator) \
    X(KraitFieldNameIter_Type, fieldNameIterator) \
    X(KraitScandirIterator_Type, scandirIterator) \
    X(KraitDirEntry_Type, dirEntry) \
    X(KraitLock_Type, lock) \
    X(KraitRLock_Type, rlock) \
    X(KraitRandom_Type, random) \
    X(KraitMD5_Type, md5) \
    X(KraitSHA1_Type, sha1) \
    X(KraitSHA224_Type, sha224) \
    X(KraitSHA256_Type, sha256) \
    X(KraitSHA384_Type, sha384) \
    X(KraitSHA512_Type, sha512) \
    X(KraitSHA3_224_Type, sha3_224) \
    X(KraitSHA3_256_Type, sha3_256) \
    X(KraitSHA3_384_Type, sha3_384) \
    X(KraitSHA3_512_Type, sha3_512) \
    X(KraitSHAKE128_Type, shake128) \
    X(KraitSHAKE256_Type, shake256) \
    X(KraitBlake2b_Type, blake2b) \
    X(KraitBlake2s_Type, blake2s) \
    X(KraitHashlibHash_Type, hashlibHash) \
    X(KraitHashlibHashXOF_Type, hashlibHashXOF) \
    X(KraitHashlibHMAC_Type, hashlibHMAC) \
    X(KraitArray_Type, array) \
    X(KraitArrayIter_Type, arrayIterator) \
    X(KraitIOBase_Type, ioBase) \
    X(KraitRawIOBase_Type, rawIOBase) \
    X(KraitBufferedIOBase_Type, bufferedIOBase) \
    X(KraitTextIOBase_Type, textIOBase) \
    X(KraitStringIO_Type, stringIO) \
    X(KraitBytesIO_Type, bytesIO) \
    X(KraitBytesIOBuffer_Type, bytesIOBuffer) \
    X(KraitNewlineDecoder_Type, newlineDecoder) \
    X(KraitFileIO_Type, fileIO) \
    X(KraitBufferedReader_Type, bufferedReader) \
    X(KraitBufferedWriter_Type, bufferedWriter) \
    X(KraitBufferedRandom_Type, bufferedRandom) \
    X(KraitBufferedRWPair_Type, bufferedRWPair) \
    X(KraitTextIOWrapper_Type, textIOWrapper) \
    X(KraitPattern_Type, srePattern) \
    X(KraitMatch_Type, sreMatch) \
    X(KraitScanner_Type, sreScanner) \
    X(KraitEncodingMap_Type, encodingMap) \
    X(KraitStruct_Type, structType) \
    X(KraitUnpackIter_Type, unpackIterator) \
    X(KraitContext_Type, context) \
    X(KraitContextVar_Type, contextVar) \
    X(KraitContextToken_Type, contextToken) \
    X(KraitTokenMissing_Type, tokenMissing) \
    X(KraitContextItems_Type, contextItems) \
    X(KraitContextKeys_Type, contextKeys) \
    X(KraitContextValues_Type, contextValues) \
    X(KraitPoll_Type, poll) \
    X(KraitEpoll_Type, epoll) \
    X(KraitSocket_Type, socket) \
    X(KraitJSONScanner_Type, jsonScanner) \
    X(KraitJSONEncoder_Type, jsonEncoder) \
    X(KraitAST_Type, astNode) \
    X(KraitZlibCompress_Type, zlibCompress) \
    X(KraitZlibDecompress_Type, zlibDecompress) \
    X(KraitUCD_Type, ucd) \
    X(KraitCSVDialect_Type, csvDialect) \
    X(KraitCSVReader_Type, csvReader) \
    X(KraitCSVWriter_Type, csvWriter) \
    X(KraitXMLParser_Type, xmlParser)

KRAIT_MODULE_TYPES(KRAIT_DECLARE_STATIC_TYPE)

#endif
