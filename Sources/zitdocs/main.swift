import ZitCLI

#if canImport(Glibc)
    import CGlibcMalloc

    // A run allocates and frees megabyte buffers over and over (the pieces of a long part while
    // they are compressed). glibc would map each one afresh and hand it back, so every page is
    // faulted in again: kept in the heap instead, a 10,000-row list takes a tenth less time.
    _ = mallopt(M_MMAP_THRESHOLD, 64 << 20)
    _ = mallopt(M_TRIM_THRESHOLD, 128 << 20)
    _ = mallopt(M_TOP_PAD, 16 << 20)
#endif

Zitdocs.run()
