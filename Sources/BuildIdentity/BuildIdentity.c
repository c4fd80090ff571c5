#define _GNU_SOURCE
#include "BuildIdentity.h"

#include <elf.h>
#include <link.h>
#include <string.h>

struct search {
    unsigned char *out;
    size_t capacity;
    size_t length;
};

/// Notes are 4-byte aligned records: name size, descriptor size, type, then the name
/// and the descriptor, each padded to 4 bytes.
static size_t align4(size_t n) { return (n + 3) & ~(size_t)3; }

static int visit(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    struct search *search = data;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type != PT_NOTE) continue;
        const unsigned char *note = (const unsigned char *)(info->dlpi_addr + segment->p_vaddr);
        const unsigned char *end = note + segment->p_memsz;
        while (note + sizeof(ElfW(Nhdr)) <= end) {
            const ElfW(Nhdr) *header = (const ElfW(Nhdr) *)note;
            const unsigned char *name = note + sizeof(ElfW(Nhdr));
            const unsigned char *desc = name + align4(header->n_namesz);
            if (desc + header->n_descsz > end) break;
            if (header->n_type == NT_GNU_BUILD_ID && header->n_namesz == 4 && memcmp(name, "GNU", 4) == 0) {
                size_t n = header->n_descsz < search->capacity ? header->n_descsz : search->capacity;
                memcpy(search->out, desc, n);
                search->length = n;
                return 1;
            }
            note = desc + align4(header->n_descsz);
        }
    }
    // The first object visited is the program itself: stop there either way.
    return 1;
}

size_t krait_build_id(unsigned char *out, size_t capacity) {
    struct search search = { out, capacity, 0 };
    dl_iterate_phdr(visit, &search);
    return search.length;
}
