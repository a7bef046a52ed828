import Foundation
import Hummingbird
import NIOCore

/// Responses in JSON, encoded the same way everywhere (sorted keys, ISO dates as the data has them).
enum JSONReply {
    static func make(
        _ value: some Encodable, status: HTTPResponse.Status = .ok, request: Request, context: ServerContext
    ) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A request's JSON body as `type`; anything that does not decode is the client's mistake (400).
    /// `whenEmpty`, if given, is what a request without a body asks for.
    static func decode<T: Decodable>(
        _ type: T.Type, from request: Request, context: ServerContext, whenEmpty: T? = nil
    ) async throws -> T {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        if buffer.readableBytes == 0, let whenEmpty { return whenEmpty }
        do {
            return try JSONDecoder().decode(type, from: Data(buffer.readableBytesView))
        } catch {
            throw APIError.badJSON
        }
    }
}
