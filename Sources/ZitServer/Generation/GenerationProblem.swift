import Hummingbird

/// Why documents cannot be made for a request, in words for the office.
public enum GenerationProblem: Error, Sendable, Equatable {
    case unknownEvent(String)
    case unknownParticipant(String)
    case unknownPeriod(String)
    /// The selection matches no document.
    case nothingSelected

    public var message: String {
        switch self {
        case .unknownEvent(let id): "W projekcie nie ma wydarzenia \(id) (zob. wydarzenia.yaml)."
        case .unknownParticipant(let id):
            "W projekcie nie ma uczestnika ani uczestniczki o identyfikatorze \(id) (zob. listę uczestnicy)."
        case .unknownPeriod(let id): "Nie ma okresu sprawozdawczego \(id) (zob. okresy_sprawozdawcze w projekt.yaml)."
        case .nothingSelected: "Dla podanych kryteriów nie ma żadnego dokumentu do utworzenia."
        }
    }
}
