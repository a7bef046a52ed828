import CLibZip

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

// Every sentence and clause of this module that a person reads, in Polish for office workers.

extension PackageError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .unreadable(source, reason):
            return "\(source): nie można otworzyć pliku (\(reason))."
        case let .notAZipPackage(source):
            return
                "\(source): to nie jest poprawny dokument Word ani OpenDocument (plik nie jest archiwum ZIP albo jest uszkodzony)."
        case let .tooManyEntries(source, count, limit):
            return "\(source): plik składa się z \(PlainWords.count(count)) części, więcej niż dozwolone "
                + "\(PlainWords.count(limit)); plik odrzucono jako niebezpieczny."
        case let .entryTooLarge(source, entry, _, limit):
            return "\(source): część „\(PlainWords.entry(entry))” po rozpakowaniu zajmuje ponad "
                + "\(PlainWords.size(limit)); plik odrzucono jako niebezpieczny."
        case let .packageTooLarge(source, _, limit):
            return
                "\(source): plik jest za duży – po rozpakowaniu jego zawartość zajmuje ponad \(PlainWords.size(limit)); "
                + "plik odrzucono jako niebezpieczny."
        case let .suspiciousCompression(source, entry, ratio, limit):
            return
                "\(source): część „\(PlainWords.entry(entry))” jest skompresowana w stosunku \(PlainWords.count(ratio)):1, "
                + "znacznie wyższym niż \(PlainWords.count(limit)):1 spotykane w zwykłych dokumentach; tak wyglądają pliki "
                + "przygotowane celowo, by zaszkodzić, więc plik odrzucono jako niebezpieczny."
        case let .unsafeEntryName(source, entry):
            return "\(source): nazwa części „\(PlainWords.entry(entry))” jest niebezpieczna "
                + "(mogłaby wskazywać miejsce poza folderem dokumentu); plik odrzucono."
        case let .duplicateEntry(source, entry):
            return "\(source): część „\(PlainWords.entry(entry))” występuje więcej niż raz; plik odrzucono."
        case let .missingEntry(source, entry):
            return "\(source): w pliku brak części „\(PlainWords.entry(entry))”."
        case let .corruptEntry(source, entry, reason):
            return "\(source): część „\(PlainWords.entry(entry))” jest uszkodzona (\(reason))."
        case let .writeFailed(destination, reason):
            return "\(destination): nie można zapisać pliku (\(reason))."
        }
    }
}

/// The clauses for what goes wrong inside reading and writing packages, given as a
/// `PackageError`'s `reason`.
enum PackageReason {
    static let outOfMemory = "zabrakło pamięci"
    static let destinationIsAFolder = "podana nazwa wskazuje folder, a nie plik"
    static let noTemporaryFile = "nie można utworzyć obok niego pliku tymczasowego"
    static let entryEndsEarly = "jej dane kończą się wcześniej, niż wskazuje rozmiar zapisany w pliku"
    static let entryLongerThanDeclared = "zawiera więcej danych, niż wskazuje rozmiar zapisany w pliku"
}

/// Plain clauses (in Polish, for office workers) for operating-system error numbers. `strerror` says "No such file
/// or directory" for both a missing file and a missing folder; the person fixing the
/// problem needs to know which one, and whether reading or writing was the problem.
enum SystemReason {
    static func reading(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: return "plik nie istnieje"
        case EACCES, EPERM: return "brak uprawnień do odczytu"
        case EISDIR: return "to jest folder, a nie plik"
        case EIO: return "dysk zgłosił błąd podczas odczytu"
        case ENOMEM: return "zabrakło pamięci"
        case ENAMETOOLONG: return "nazwa pliku jest za długa"
        default: return other(code)
        }
    }

    static func writing(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: return "folder nie istnieje"
        case EACCES, EPERM: return "brak uprawnień do zapisu w tym miejscu"
        case EROFS: return "dysk jest tylko do odczytu"
        case ENOSPC, EDQUOT: return "dysk jest pełny"
        case EISDIR: return "istnieje już folder o tej nazwie"
        case ENAMETOOLONG: return "nazwa pliku jest za długa"
        case EIO: return "dysk zgłosił błąd podczas zapisu"
        case EMFILE, ENFILE: return "jednocześnie otwartych jest zbyt wiele plików"
        default: return other(code)
        }
    }

    private static func other(_ code: Int32) -> String {
        "system zgłosił: " + String(cString: strerror(code)).lowercased()
    }
}

extension LibzipFailure {
    /// Why an entry's data could not be decompressed, as a clause for `corruptEntry`.
    var entryReason: String {
        switch code {
        case ZIP_ER_CRC: return "jej suma kontrolna nie zgadza się z zawartością"
        case ZIP_ER_INCONS: return "jej rozmiar nie zgadza się z rozmiarem zapisanym w pliku"
        case ZIP_ER_EOF: return "jej dane kończą się przedwcześnie"
        case ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA: return "jej skompresowane dane są nieprawidłowe"
        case ZIP_ER_COMPNOTSUPP: return "skompresowano ją metodą, której ten program nie obsługuje"
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: return "jest chroniona hasłem"
        case ZIP_ER_MEMORY: return "zabrakło pamięci, by ją rozpakować"
        default: return "nie można jej rozpakować: \(libzipText)"
        }
    }

    /// Why assembling a new package in memory failed, as a clause for `writeFailed`.
    /// libzip reads copied parts only in `zip_close` and does not say which one failed, so
    /// the clause can name the template but not the part.
    func writeReason(template: String) -> String {
        switch code {
        case ZIP_ER_MEMORY: return "zabrakło pamięci"
        case ZIP_ER_CRC, ZIP_ER_INCONS, ZIP_ER_EOF, ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA:
            return "część skopiowana z pliku \(template) jest uszkodzona"
        case ZIP_ER_COMPNOTSUPP: return "część pliku \(template) skompresowano metodą, której ten program nie obsługuje"
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD:
            return "część pliku \(template) jest chroniona hasłem"
        default: return "nie udało się złożyć dokumentu: \(libzipText)"
        }
    }
}
