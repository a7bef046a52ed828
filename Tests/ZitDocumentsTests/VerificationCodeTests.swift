import Foundation
import Testing
import ZitEngine
import ZitPackage
import ZitProject
import ZitRegister

@testable import ZitDocuments

/// Certificates of the sample project with `adres_weryfikacji` set: each one carries the page of
/// its own number as text and as a QR code that a scanner reads back to that page.
@Suite(.serialized)
final class VerificationCodeTests {
    static let address = "https://zit.example.pl"

    let project = NSTemporaryDirectory() + "zitdocs-qr-project-\(UUID().uuidString)"
    let output = NSTemporaryDirectory() + "zitdocs-qr-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.copyItem(atPath: DocumentPlansTests.folder, toPath: project)
        try? FileManager.default.removeItem(atPath: project + "/" + CertificateRegister.fileName)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: project)
        try? FileManager.default.removeItem(atPath: output)
    }

    /// The sample project, with the verification address when `address` is given.
    func generator(address: String?, format: Generator.Format = .docx) throws -> Generator {
        let file = project + "/projekt.yaml"
        var yaml = try String(contentsOfFile: file, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: #"(?m)^  adres_weryfikacji: .*\n"#, with: "", options: .regularExpression)
        if let address {
            yaml = yaml.replacingOccurrences(of: "projekt:\n", with: "projekt:\n  adres_weryfikacji: \"\(address)\"\n")
        }
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        let loaded = ProjectLoader.load(folder: project)
        #expect(loaded.errors.isEmpty, "\(loaded.errors)")
        let facts = ProjectFacts(try #require(loaded.project))
        return Generator(
            plans: DocumentPlans(facts), projectFolder: project,
            templatesFolder: DocumentPlansTests.folder + "/../../Templates", outputFolder: output, format: format)
    }

    func string(_ value: TemplateValue?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }

    /// The words of a document's body, as a person reads them.
    func bodyText(of file: String) throws -> String {
        let package = try Package(contentsOf: file)
        let part = package.entryNames.contains("word/document.xml") ? "word/document.xml" : "content.xml"
        let xml = String(decoding: try package.read(part), as: UTF8.self)
        return xml.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }

    @Test func eachCertificatesDataCarriesItsOwnPageAndACodeThatReadsBackToIt() throws {
        let generator = try generator(address: Self.address)
        var documents =
            generator.plans.documents(.certificates, selection: .init(event: "WZP-2"))
            + generator.plans.documents(.leaderCertificates)
        #expect(documents.count > 18)
        _ = try generator.numberCertificates(&documents)
        var pages: Set<String> = []
        for document in documents {
            let number = try #require(string(document.data["number"]))
            let page = try #require(string(document.data["adres_weryfikacji_zaswiadczenia"]))
            #expect(page == "https://zit.example.pl/weryfikacja/\(number)")
            pages.insert(page)
        }
        #expect(pages.count == documents.count, "every certificate its own page")
        // A scanner reads the picture of a workshop certificate and of a Leader certificate.
        for document in [documents[0], documents[documents.count - 1]] {
            let uri = try #require(string(document.data["kod_weryfikacji"]))
            let prefix = "data:image/png;base64,"
            #expect(uri.hasPrefix(prefix))
            let png = try #require(Data(base64Encoded: String(uri.dropFirst(prefix.count))))
            #expect(try BarcodeReader.decode([UInt8](png)) == string(document.data["adres_weryfikacji_zaswiadczenia"]))
        }
    }

    @Test func theCertificateShowsItsPageAfterItsNumber() throws {
        for format in [Generator.Format.docx, .odt] {
            let outcome = try generator(address: Self.address, format: format).generate(
                .certificates, selection: .init(event: "WZP-2"))
            #expect(outcome.files.count == 18)
            let numbers = try CertificateRegister(folder: project).entries().filter { $0.subject == "WZP-2" }
            for file in outcome.files.prefix(3) {
                let text = try bodyText(of: file)
                let number = try #require(numbers.first { text.contains("nr \($0.number)") }?.number, "\(file)")
                #expect(text.contains("nr \(number) · https://zit.example.pl/weryfikacja/\(number)"), "\(file)")
            }
        }
    }

    @Test func withoutTheAddressTheCertificateHasNeitherCodeNorPage() throws {
        let generator = try generator(address: nil)
        var documents = generator.plans.documents(.certificates, selection: .init(event: "WZP-2"))
        _ = try generator.numberCertificates(&documents)
        for document in documents {
            #expect(document.data["adres_weryfikacji_zaswiadczenia"] == nil && document.data["kod_weryfikacji"] == nil)
        }
        let outcome = try generator.generate(.certificates, selection: .init(event: "WZP-2"))
        let text = try bodyText(of: try #require(outcome.files.first))
        #expect(text.contains("ZAŚWIADCZENIE"))
        #expect(!text.contains("Kod QR") && !text.contains("weryfikacja"))
    }

    /// The whole way, as a holder of the printed certificate goes: the picture in the document is
    /// the QR code of the certificate's own page, put by the engine into the default templates'
    /// frame named `{{%kod_weryfikacji}}`.
    @Test func theCodeInTheDocumentReadsBackToTheCertificatesOwnPage() throws {
        for (format, folder) in [(Generator.Format.docx, "word/media/"), (.odt, "Pictures/")] {
            let outcome = try generator(address: Self.address, format: format).generate(
                .certificates, selection: .init(event: "WZP-2"))
            let numbers = try CertificateRegister(folder: project).entries().filter { $0.subject == "WZP-2" }
            for file in outcome.files.prefix(2) {
                let text = try bodyText(of: file)
                let number = try #require(numbers.first { text.contains("nr \($0.number)") }?.number, "\(file)")
                let package = try Package(contentsOf: file)
                let read = try package.entryNames.filter { $0.hasPrefix(folder) && $0.hasSuffix(".png") }.map {
                    try BarcodeReader.decode(try package.read($0))
                }
                #expect(read.contains("https://zit.example.pl/weryfikacja/\(number)"), "\(file): \(read)")
            }
        }
    }
}
