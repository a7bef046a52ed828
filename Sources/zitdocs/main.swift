import ZitCLI

#if canImport(Glibc)
    import CGlibcMalloc

    // A run allocates and frees megabyte buffers over and over (the pieces of a long part while
    // they are compressed). glibc would map each one afresh and hand it back, so every page is
    // faulted in again: kept in the heap instead, a 10,000-row list takes a tenth less time.
    _ = mallopt(M_MMAP_THRESHOLD, 64 << 20)
    _ = mallopt(M_TRIM_THRESHOLD, 128 << 20)
    _ = mallopt(M_TOP_PAD, 16 << 20)
    // The server's threads would each get an arena of their own (up to eight a core), and
    // each keeps what its thread freed; two hold the server's work on two cores. glibc fixes the
    // number at the first arena made, so it is set here, before any thread starts.
    if CommandLine.arguments.dropFirst().first == "serve" {
        _ = mallopt(M_ARENA_MAX, 2)
    }
#endif

Zitdocs.run()
