import Testing
import ZitProject

@Suite struct VerificationAddressTests {
    private func load(address: String) throws -> ProjectLoader.Result {
        let yaml = TestProject.projectYAML.replacingOccurrences(
            of: "  budżet: 814000.00\n", with: "  budżet: 814000.00\n  adres_weryfikacji: \(address)\n")
        return ProjectLoader.load(folder: try TestProject(replacing: ["projekt.yaml": yaml]).folder)
    }

    @Test func theAddressIsReadAndEachNumberGetsItsOwnPage() throws {
        let result = try load(address: "https://zit.example.pl/")
        #expect(result.errors.map(\.description) == [])
        let address = try #require(result.project?.verificationAddress)
        #expect(address.base == "https://zit.example.pl")
        #expect(address.page(of: "3/2026/WZP") == "https://zit.example.pl/weryfikacja/3/2026/WZP")
        #expect(address.page(of: "7 A/2026/ŁÓD") == "https://zit.example.pl/weryfikacja/7%20A/2026/%C5%81%C3%93D")
    }

    @Test func withoutTheKeyThereIsNoAddress() throws {
        let result = ProjectLoader.load(folder: try TestProject().folder)
        #expect(result.project?.verificationAddress == nil)
    }

    @Test(arguments: ["zit.example.pl", "ftp://zit.example.pl", "https://", "https://zit.example.pl/?nr=1"])
    func anAddressThatIsNotAWebPageIsAnErrorNamingFileAndField(address: String) throws {
        let lines = try load(address: "\"\(address)\"").errors.map(\.description)
        #expect(
            lines == [
                "projekt.yaml, linia 8, pole „adres_weryfikacji”: „\(address)” nie jest adresem strony; wpisz pełny adres serwisu zaczynający się od https:// (np. https://zit.example.pl), bez spacji, znaku ? ani #."
            ])
    }
}
