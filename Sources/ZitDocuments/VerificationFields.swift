import Foundation
import Synchronization
import ZitEngine
import ZitProject
import ZitVerificationCode

/// What a certificate carries for checking it on the service, once its number is known: the
/// address of its page as text and the same address as a QR code picture.
enum VerificationFields {
    /// The page's full address, printed beside the code.
    static let addressKey = "adres_weryfikacji_zaswiadczenia"
    /// The picture tag's value (`{{%kod_weryfikacji}}`): a `data:image/png;base64,…` URI.
    static let codeKey = "kod_weryfikacji"

    static func of(_ number: String, at address: VerificationAddress) throws(Generator.Failure) -> [String:
        TemplateValue]
    {
        let page = address.page(of: number)
        do {
            let code = try QRCode(encoding: page, correction: .medium)
            return [addressKey: .string(page), codeKey: .string(code.dataURI)]
        } catch {
            let advice = error == .tooLong(text: page) ? " Skróć adres_weryfikacji w projekt.yaml." : ""
            throw Generator.Failure(description: "Zaświadczenie nr \(number): \(error.description)\(advice)")
        }
    }

    /// The fields of many numbers, in their order: the codes are drawn on every core, as a
    /// batch's documents are filled.
    static func of(_ numbers: [String], at address: VerificationAddress) throws(Generator.Failure) -> [[String:
        TemplateValue]]
    {
        let groupCount = max(1, min(ProcessInfo.processInfo.activeProcessorCount, numbers.count))
        let bounds = (0...groupCount).map { $0 * numbers.count / groupCount }
        let results = Mutex<[Result<[[String: TemplateValue]], Generator.Failure>?]>(
            Array(repeating: nil, count: groupCount))
        DispatchQueue.concurrentPerform(iterations: groupCount) { group in
            let share = numbers[bounds[group]..<bounds[group + 1]]
            let outcome = Result { () throws(Generator.Failure) in
                try share.map { number throws(Generator.Failure) in try of(number, at: address) }
            }
            results.withLock { $0[group] = outcome }
        }
        var fields: [[String: TemplateValue]] = []
        for result in results.withLock({ $0 }) {
            switch result! {
            case .success(let share): fields += share
            case .failure(let failure): throw failure
            }
        }
        return fields
    }
}
