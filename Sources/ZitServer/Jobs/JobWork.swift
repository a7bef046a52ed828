/// What a job does, run on a thread of its own (generating blocks: files, SQLite, LibreOffice).
public struct JobWork: Sendable {
    /// Writes into `context.folder` and returns the path of the finished ZIP inside it.
    public var run: @Sendable (JobContext) throws -> String

    public init(run: @escaping @Sendable (JobContext) throws -> String) { self.run = run }
}

/// A job's own folder to write in, and where it reports its progress.
public struct JobContext: Sendable {
    public let folder: String
    public let progress: JobProgress
}
