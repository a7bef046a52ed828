import Foundation
import ZitServer

/// A checked list kept until its sender chooses to replace the project's file with it, since a
/// page cannot send the file again without a script. Few, and not for long: a list is at most the
/// body limit in size.
actor PendingUploads {
    struct Upload: Sendable {
        var owner: Int64
        var list: ProjectList
        var format: ProjectList.Format
        var fileName: String
        var bytes: [UInt8]
        var keptAt: Date
    }

    static let capacity = 8
    static let lifetime: TimeInterval = 30 * 60
    private var uploads: [String: Upload] = [:]

    /// Keeps `upload`; returns the token its replace form sends back.
    func keep(_ upload: Upload) -> String {
        let now = Date()
        uploads = uploads.filter { now.timeIntervalSince($0.value.keptAt) < Self.lifetime }
        while uploads.count >= Self.capacity, let oldest = uploads.min(by: { $0.value.keptAt < $1.value.keptAt }) {
            uploads[oldest.key] = nil
        }
        var token = JobID.random().rawValue
        while uploads[token] != nil { token = JobID.random().rawValue }
        uploads[token] = upload
        return token
    }

    /// The upload of `token`, once, and only to the account that sent it.
    func take(_ token: String, owner: Int64) -> Upload? {
        guard let upload = uploads[token], upload.owner == owner,
            Date().timeIntervalSince(upload.keptAt) < Self.lifetime
        else { return nil }
        uploads[token] = nil
        return upload
    }
}
