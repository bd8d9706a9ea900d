import Foundation

/// What `serve` changes in the HTML it sends, and only there, never in built files: the live-reload script
/// before `</body>`, and the page's Content-Security-Policy, which forbids scripts, opened to that one
/// script by its nonce.
enum ServedHTML {
    static let forbiddingScripts = "script-src 'none'"

    static func prepare(_ html: Data, nonce: String) -> Data {
        var text = String(decoding: html, as: UTF8.self)
        if let policy = text.range(of: forbiddingScripts) {
            text.replaceSubrange(policy, with: "script-src 'nonce-\(nonce)'")
        }
        let script = "<script nonce=\"\(nonce)\">\(LiveReloadScript.source)</script>\n"
        if let end = text.range(of: "</body>", options: .backwards) {
            text.insert(contentsOf: script, at: end.lowerBound)
        } else {
            text += script
        }
        return Data(text.utf8)
    }
}
