// The search index at scale (not a test): `SearchBench SITE INDEX [QUERIES]` reads the site as the intake does,
// builds the index at INDEX from scratch, then prints the build time, the index's size against the posts' text,
// the latency (p50, p99) of 1,000 one- or two-word queries from the corpus's own words (a fixed seed), and the
// time of an update after one post is edited. Numbers go to BENCHMARKS.md.
import Foundation
import PlanetBuild
import PlanetCore
import PlanetSearch

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: SearchBench SITE INDEX [QUERIES]\n".utf8))
    exit(2)
}
let (input, loadDiagnostics) = try SiteSource.load(folder: arguments[1])
let plan = BuildPipeline.plan(input, loadDiagnostics: loadDiagnostics, options: .init(keepGoing: true, now: Date()))
guard let site = plan.site else { fatalError("the site cannot be read") }

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

var documents: [SearchDocument] = []
let extraction = seconds { documents = SearchDocument.documents(of: site) }
let textBytes = documents.reduce(0) { $0 + $1.title.utf8.count + $1.summary.utf8.count + $1.body.utf8.count + $1.tags.utf8.count + $1.hashtags.utf8.count }
try? FileManager.default.removeItem(atPath: arguments[2])
let index = try SearchIndex(path: arguments[2], language: site.config.language)
let build = try seconds { try index.rebuild(documents) }
let sizes = try index.sizes()

// Queries: words of 4+ letters from the posts' titles and text, drawn with a fixed linear congruential generator;
// one query in four is two words.
var vocabulary = Set<String>()
for document in documents.prefix(2000) {
    for word in (document.title + " " + document.body).split(whereSeparator: { !$0.isLetter }) where word.count >= 4 {
        vocabulary.insert(word.lowercased())
    }
}
let words = vocabulary.sorted()
var state: UInt64 = 42
let count = arguments.count > 3 ? Int(arguments[3]) ?? 1000 : 1000
var queries: [String] = []
for number in 0..<count {
    var picked: [String] = []
    for _ in 0..<(number % 4 == 3 ? 2 : 1) {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        picked.append(words[Int(state >> 33) % words.count])
    }
    queries.append(picked.joined(separator: " "))
}
var latencies: [Double] = []
var totalHits = 0
for query in queries {
    latencies.append(try seconds { totalHits += try index.search(SearchQuery(query), perPage: 10).total })
}
latencies.sort()
let percentile = { (p: Double) in latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] * 1000 }

var edited = documents
let target = edited.count / 2
edited[target].body += " Un paragraphe ajouté pour la mesure, sur les gardes de nuit à l'hôpital."
edited[target].fingerprint += "-edited"
var counts = (indexed: 0, removed: 0)
let update = try seconds { counts = try index.update(edited) }

print("posts: \(documents.count); text \(textBytes / 1_000_000) MB (titles, summaries, text, tags, hashtags); extraction \(String(format: "%.2f", extraction)) s")
print("index build (from scratch, with optimize and VACUUM): \(String(format: "%.2f", build)) s")
print("index (FTS5 tables): \(sizes.index / 1_000_000) MB = \(String(format: "%.2f", Double(sizes.index) / Double(textBytes)))× the text; whole file \(sizes.total / 1_000_000) MB")
print("queries: \(count) (\(words.count) words), p50 \(String(format: "%.2f", percentile(0.5))) ms, p99 \(String(format: "%.2f", percentile(0.99))) ms, max \(String(format: "%.2f", latencies.last! * 1000)) ms, \(totalHits) hits in all")
print("update after one edited post: \(counts.indexed) indexed, \(counts.removed) removed in \(String(format: "%.1f", update * 1000)) ms")
