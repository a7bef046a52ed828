import Hummingbird
import ZitDocuments
import ZitServer

/// The format a download link asks for, and what a generation's start becomes for a browser.
enum DocumentFormat {
    static func from(_ value: String?) throws -> Generator.Format {
        guard let format = Generator.Format(rawValue: (value ?? "docx").lowercased()) else {
            throw APIError.badRequest("bad_format", "Dokument można pobrać jako docx, odt lub pdf.")
        }
        return format
    }

    /// A single document is the download itself; a batch is a job, whose page shows its progress.
    static func answer(_ started: GenerationRoutes.Started) -> Response {
        switch started {
        case .document(let response): response
        case .job(let job): seeOther("/zadania/\(job.id.rawValue)")
        }
    }
}
