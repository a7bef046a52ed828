import Hummingbird

/// HTML for people where the API answers programs: failures of page requests and the public
/// verification page. The server works without it (JSON errors, a minimal verification page).
public protocol Pages: Sendable {
    /// The page for a failed request, or nil when the request is not a page's (an API call),
    /// which then gets the API's JSON.
    func errorPage(for error: APIError, request: Request, context: ServerContext) -> Response?

    /// What a browser sees at `/weryfikacja/{number}`.
    func verificationPage(_ answer: VerificationJSON) -> Response
}
