/// Routes added to the server besides the API's own (the web page for people), with the pages
/// that answer those routes' failures.
public struct RouteArea: Sendable {
    public var add: @Sendable (RouteTable) -> Void
    public var pages: (any Pages)?

    public init(add: @escaping @Sendable (RouteTable) -> Void, pages: (any Pages)? = nil) {
        self.add = add
        self.pages = pages
    }
}
