import FlyingFox
import Foundation

/// Serves `IntakeHandler` through FlyingFox.
struct FlyingFoxAdapter: HTTPHandler {
    let handler: IntakeHandler

    func handleRequest(_ request: HTTPRequest) async -> HTTPResponse {
        let peer: String = switch request.remoteAddress {
        case .ip4(let ip, _)?, .ip6(let ip, _)?: ip
        default: ""
        }
        let headers = request.headers.map { (name: $0.key.rawValue, value: $0.value) }
        let intakeRequest = IntakeRequest(
            method: request.method.rawValue, path: request.path,
            query: request.query.map { "\($0.name)=\($0.value)" }.joined(separator: "&"), headers: headers, peer: peer,
            readBody: { limit in
                var body: [UInt8] = []
                for try await chunk in request.bodySequence {
                    body.append(contentsOf: chunk)
                    if body.count > limit { return nil }
                }
                return body
            })
        let response = await handler.handleRequest(intakeRequest)
        var headerFields = HTTPHeaders()
        for (name, value) in response.headers { headerFields[HTTPHeader(name)] = value }
        headerFields[.contentLength] = String(response.body.count)
        return HTTPResponse(statusCode: HTTPStatusCode(response.status, phrase: ""), headers: headerFields, body: Data(response.body))
    }
}
