import ZitPolish

/// An institution named in a row of the participants' list, with its cell.
struct InstitutionReference {
    var institution: InstitutionID
    /// The participant's name as written, or "" when the row has none.
    var person: String
    var source: SourceLocation
}

/// What a row of the attendance list names, each with its own cell; nil where the cell is
/// empty (or the date is not a date: that is reported as the row is read).
struct AttendanceReferences {
    var participant: (id: ParticipantID, source: SourceLocation)?
    var event: (id: EventID, source: SourceLocation)?
    var date: (date: CalendarDate, source: SourceLocation)?
}
