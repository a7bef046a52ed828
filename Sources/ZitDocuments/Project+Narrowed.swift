import ZitProject

extension Project {
    /// The project as one beneficiary's part of it: the events it organised, their attendance
    /// and the people who attended them, and the expenditure of its own tasks. The other
    /// beneficiaries stay (the leader signs the report), their events and people do not.
    func narrowed(to beneficiary: BeneficiaryID) -> Project {
        var copy = self
        let tasks = Set(beneficiaries.filter { $0.id == beneficiary }.flatMap(\.tasks).map(\.id))
        copy.events = events.filter { $0.organiser == beneficiary }
        let events = Set(copy.events.map(\.id))
        copy.attendance = attendance.filter { events.contains($0.event) }
        let people = Set(copy.attendance.map(\.participant))
        copy.participants = participants.filter { people.contains($0.id) }
        copy.expenditure = expenditure.filter { tasks.contains($0.task) }
        copy.plannedBudget = plannedBudget.filter { tasks.contains($0.key) }
        return copy
    }
}
