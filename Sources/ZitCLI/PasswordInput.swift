import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A password from the terminal, typed without echo (and twice, to catch a typo), or the first
/// line of standard input when it is not a terminal; never from the command line, where other
/// users of the machine and the shell's history would see it.
enum PasswordInput {
    static func read(confirming: Bool) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw ValidationError("Nie wczytano hasła ze standardowego wejścia.")
            }
            return line
        }
        let first = try prompt("Hasło: ")
        if confirming, try prompt("Powtórz hasło: ") != first {
            throw ValidationError("Hasła się różnią; nic nie zmieniono.")
        }
        return first
    }

    private static func prompt(_ text: String) throws -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else { throw ValidationError("Nie wczytano hasła.") }
        return line
    }
}
