import ZitEngine
import ZitRegister

/// One document to make: its data and the file it goes to.
public struct PlannedDocument: Sendable {
    public var fileStem: String
    public var data: ZitEngine.TemplateValue
    /// A certificate takes its number from the register just before it is made.
    public var certificate: CertificateRegister.Request?

    /// The number already put into the data.
    var number: String? {
        if case .string(let number)? = data["number"], !number.isEmpty { return number }
        return nil
    }
}
