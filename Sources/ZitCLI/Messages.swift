import ArgumentParser
import Foundation
import ZitData
import ZitDocuments
import ZitEngine
import ZitRegister

/// Messages for the person at the terminal: problems on standard error, one per line.
enum Messages {
    static func report(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Runs a command's work; the errors a person can act on are printed in their own words and
    /// end the command with a failure status instead of a stack of programmer's details.
    static func reportingFailures(_ work: () throws -> Void) throws {
        do {
            try work()
        } catch let error as TemplateError {
            report(error.description)
            throw ExitCode.failure
        } catch let error as DataFileError {
            report(error.description)
            throw ExitCode.failure
        } catch let error as Generator.Failure {
            report(error.description)
            throw ExitCode.failure
        } catch let error as CertificateRegister.Failure {
            report(error.description)
            throw ExitCode.failure
        }
    }
}
