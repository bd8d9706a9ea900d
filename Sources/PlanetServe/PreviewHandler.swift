import FlyingFox
import Foundation

/// Answers the preview server's requests: the site's files from memory, `404.html` for unknown paths,
/// HEAD, conditional requests (`If-None-Match`, `If-Modified-Since` → 304), and the live-reload events.
struct PreviewHandler: HTTPHandler {
    static let eventsPath = "/__planet/events"

    let state: PreviewState
    let liveReload: LiveReload

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.target.path(percentEncoded: false)
        if path == Self.eventsPath {
            let events = await liveReload.connect()
            return HTTPResponse(
                statusCode: .ok, headers: HTTPHeaders([.contentType: "text/event-stream", .cacheControl: "no-cache"]),
                body: HTTPBodySequence(from: EventStreamBody(events: events)))
        }
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]))
        }
        guard !path.split(separator: "/").contains("..") else { return HTTPResponse(statusCode: .badRequest) }
        switch await state.site.lookup(path) {
        case .file(let file):
            return Self.response(file, status: .ok, to: request)
        case .redirect(let location):
            return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location]))
        case .notFound(let page):
            guard let page else {
                return HTTPResponse(statusCode: .notFound, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8"]), body: Data("Not found\n".utf8))
            }
            return Self.response(page, status: .notFound, to: request)
        }
    }

    static func response(_ file: ServedFile, status: HTTPStatusCode, to request: HTTPRequest) -> HTTPResponse {
        let headers: HTTPHeaders = [
            .contentType: file.contentType, .eTag: file.etag, .lastModified: HTTPDate.string(file.lastModified),
            .cacheControl: "no-cache", .contentLength: String(file.data.count),
        ]
        if status == .ok, isFresh(file, for: request) {
            return HTTPResponse(statusCode: .notModified, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: request.method == .HEAD ? Data() : file.data)
    }

    /// RFC 9110, 13.1: `If-None-Match` decides when present; else `If-Modified-Since`.
    static func isFresh(_ file: ServedFile, for request: HTTPRequest) -> Bool {
        if let tags = request.headers[.ifNoneMatch] {
            return tags.split(separator: ",").contains {
                let tag = $0.trimmingCharacters(in: .whitespaces)
                return tag == "*" || tag == file.etag || tag == "W/" + file.etag
            }
        }
        if let since = request.headers[.ifModifiedSince].flatMap(HTTPDate.parse) {
            return file.lastModified.timeIntervalSince1970.rounded(.down) <= since.timeIntervalSince1970
        }
        return false
    }
}
