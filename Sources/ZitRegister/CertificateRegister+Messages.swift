/// Every sentence of the register that a person reads, in Polish for the project office.
extension CertificateRegister.Failure {
    public var description: String {
        let place = file.map { "\($0): " } ?? ""
        return place + message
    }

    private var message: String {
        switch reason {
        case .writtenByNewerProgram:
            "rejestr zaświadczeń zapisała nowsza wersja programu zitdocs; zaktualizuj program, zanim zaczniesz wydawać zaświadczenia."
        case .newerLayout(let version, let known):
            "ten rejestr zaświadczeń zapisała nowsza wersja programu zitdocs (wersja rejestru \(version), ten program zna wersje do \(known)). "
                + "Zaktualizuj program, zanim wydasz kolejne zaświadczenia; plik rejestru nie został zmieniony."
        case .damaged:
            "plik rejestru zaświadczeń jest uszkodzony (nie da się go odczytać jako bazy danych). Przywróć go z kopii zapasowej; program go nie zastąpił."
        case .cannotOpen(let detail):
            "nie można otworzyć rejestru zaświadczeń (szczegóły: \(detail))."
        case .renamedAfterIssue(let renames):
            "Imiona lub nazwiska zmieniły się po wydaniu zaświadczeń ("
                + renames.map { "\($0.number) wydano dla: \($0.issuedTo), obecnie: \($0.now)" }.joined(separator: "; ")
                + "); sprawdź dane i uruchom program ponownie z opcją --reissue, aby wydrukować te zaświadczenia z nowymi danymi."
        case .notSaved(let detail, let nothingIssued):
            "nie udało się zapisać zmian w rejestrze zaświadczeń (szczegóły: \(detail))\(nothingIssued ? "; nie wydano żadnego zaświadczenia" : "")."
        case .noSuchNumber(let number):
            "W rejestrze nie ma wydanego zaświadczenia o numerze \(number)."
        case .cannotRead(let detail):
            "nie można odczytać rejestru zaświadczeń (szczegóły: \(detail))."
        case .journalNotSaved(let detail):
            "nie udało się zapisać wpisu w dzienniku generowania dokumentów (szczegóły: \(detail))."
        case .journalNotRead(let detail):
            "nie można odczytać dziennika generowania dokumentów (szczegóły: \(detail))."
        case .accountExists(let login):
            "Konto „\(login)” już istnieje; wybierz inny login."
        case .accountsNotHandled(let what, let detail):
            "nie udało się \(what) (szczegóły: \(detail))."
        }
    }
}
