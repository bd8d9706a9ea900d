import Foundation
import PlanetXML
import Testing

@Suite struct ZZCorpusDump {
    @Test func dump() throws {
        guard let list = try? String(contentsOfFile: "/tmp/corpus-list.txt", encoding: .utf8) else { return }
        var lines: [String] = []
        let formatter = ISO8601DateFormatter()
        for line in list.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let data = (try? Data(contentsOf: URL(fileURLWithPath: fields[0]))) ?? Data()
            let url = "http://localhost:8097/tests/" + fields[1]
            var object: [String: Any] = ["path": fields[1]]
            switch FeedParser.parse(data, url: url, contentType: fields[2].isEmpty ? nil : fields[2]) {
            case .failure(let error): object["error"] = error.message
            case .success(let feed):
                object["encoding"] = feed.encoding
                object["title"] = feed.title
                object["link"] = feed.siteURL
                object["entries"] = feed.entries.map { entry -> [String: Any] in
                    ["title": entry.title, "link": entry.link, "id": entry.id,
                     "published": entry.published.map { formatter.string(from: $0) } ?? "",
                     "updated": entry.updated.map { formatter.string(from: $0) } ?? "",
                     "content": entry.contentHTML, "summary": entry.summaryHTML]
                }
            }
            let json = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: json, as: UTF8.self))
        }
        try lines.joined(separator: "\n").write(toFile: "/tmp/corpus-out.jsonl", atomically: true, encoding: .utf8)
    }
}
