import ZitDocuments

/// Which documents a caller may have made, decided with the same rule as what they may read.
/// Office: everything. Partner: attendance lists and certificates of its own events (the event
/// named, as a partner has no project-wide view), the Forum report, and progress reports of its
/// own tasks and events; another partner's event or person answers 404. Authority: the reports
/// only, which its permissions already limit it to.
extension Scope {
    /// The request as the caller may have it made: a partner's progress report is narrowed to its
    /// beneficiary whatever the request says; the authority's documents carry no personal data.
    public func allowedGeneration(_ request: GenerationRequest) throws(APIError) -> GenerationRequest {
        try allowsGeneration(request)
        var allowed = request
        allowed.selection.beneficiary =
            caller.role == .partner && request.kind == .progressReport ? caller.beneficiary : nil
        if caller.role == .authority { allowed.selection.withoutPersonalData = true }
        return allowed
    }

    public func allowsGeneration(_ request: GenerationRequest) throws(APIError) {
        guard caller.role == .partner else { return }
        switch request.kind {
        case .attendance, .certificates:
            guard let event = request.selection.event else {
                throw .badRequest(
                    "event_required", "Podaj wydarzenie (pole „event”), dla którego mają powstać dokumenty.")
            }
            _ = try self.event(event.rawValue)
            if let participant = request.selection.participant { _ = try self.participant(participant.rawValue) }
        case .forumReport, .progressReport:
            return
        case .leaderCertificates:
            // The leader's certificate counts forms of support at every partner's events.
            throw .forbidden
        }
    }
}
