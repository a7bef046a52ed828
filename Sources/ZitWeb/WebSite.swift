import Hummingbird
import ZitServer

/// The web page for people, as a route area of the server: `Server(settings:, areas: [try WebSite.area()])`.
public enum WebSite {
    /// Reads the templates (a missing or broken one is reported here, before the server starts).
    public static func area() throws -> RouteArea {
        let library = try PageLibrary()
        return RouteArea(
            add: { table in
                StaticFiles.add(to: table, library: library)
                SignInPages.add(to: table, library: library)
                StartPage.add(to: table, library: library)
                EventPages.add(to: table, library: library)
                JobPages.add(to: table, library: library)
                ParticipantPages.add(to: table, library: library)
                ReportPages.add(to: table, library: library)
                DataPages.add(to: table, library: library, uploads: PendingUploads())
                RegisterPages.add(to: table, library: library)
                AccountPages.add(to: table, library: library)
            },
            pages: WebPages(library: library))
    }
}
