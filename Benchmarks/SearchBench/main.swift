// The search index at scale (not a test): `SearchBench SITE INDEX [QUERIES] [--comments] [--reuse-index]` reads the
// site as the intake does, builds the index at INDEX from scratch (as `planet intake search-rebuild` does; with
// `--reuse-index`, an index already at INDEX is kept instead, for profiling the update), then prints the time the
// site takes to be read as the intake reads it, at its start and again after a pull with the build cache the first
// reading left, the build time,
// the index's size against the posts' text, the latency (p50, p99; wall and CPU time) of QUERIES (1,000) queries from
// a word list of the corpus's own words (a fixed seed: one word, two words, a two-word phrase, a word with a member,
// tag or year filter), and the time of an update after one post is edited, for 25 edits of different posts: from the
// site with the edited post (its HTML fingerprinted as the parser does) to the index updated, that is the corpus made
// of the site, compared with the index's, and the edited document made and indexed again; the CPU time is the whole
// process's (the corpus is made on every core). Numbers go to BENCHMARKS.md.
import Foundation
import PlanetBuild
import PlanetCore
import PlanetSearch
import PlanetXML

let flags: Set = ["--comments", "--reuse-index"]
let arguments = CommandLine.arguments.filter { !flags.contains($0) }
let withComments = CommandLine.arguments.contains("--comments")
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: SearchBench SITE INDEX [QUERIES] [--comments] [--reuse-index]\n".utf8))
    exit(2)
}

func cpuNow() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func processCPUNow() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Wall and CPU seconds of `body` (the CPU time of this thread, or with `process` of every thread).
func measure(process: Bool = false, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    let clock = process ? processCPUNow : cpuNow
    let start = DispatchTime.now().uptimeNanoseconds, cpu = clock()
    try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, clock() - cpu)
}

// The site read as the intake reads it at its start, then again after a pull that changed nothing, with the build
// cache the first reading left (as the intake keeps it between readings).
var firstModel: BuildPipeline.Model?
let firstReading = try measure(process: true) {
    let (input, loadDiagnostics) = try SiteSource.load(folder: arguments[1])
    firstModel = BuildPipeline.model(input, loadDiagnostics: loadDiagnostics, options: .init(keepGoing: true, now: Date()))
}
guard let model = firstModel, let site = model.site else { fatalError("the site cannot be read") }
let secondReading = try measure(process: true) {
    let (again, againDiagnostics) = try SiteSource.load(folder: arguments[1])
    _ = BuildPipeline.model(again, loadDiagnostics: againDiagnostics, options: .init(keepGoing: true, now: Date(), buildCache: model.buildCache))
}

var documents: [SearchDocument] = []
let extraction = measure { documents = SearchDocument.documents(of: site, comments: withComments) }
let texts = documents.parallelMap { HTMLText.plain($0.html) }
let textBytes = zip(documents, texts).reduce(0) {
    $0 + $1.0.title.utf8.count + $1.0.summary.utf8.count + $1.1.utf8.count + $1.0.tags.utf8.count + $1.0.hashtags.utf8.count
}
let reused = try CommandLine.arguments.contains("--reuse-index") && SearchIndex(path: arguments[2]).count > 0
let build = try measure { if !reused { try SearchIndex.rebuild(at: arguments[2], documents: documents) } }
let index = try SearchIndex(path: arguments[2])
let sizes = try index.sizes()

// The word list: words of 4+ letters from the first 2,000 documents' titles and texts; phrases: two words that
// follow each other there. Drawn with a fixed linear congruential generator.
var vocabulary = Set<String>()
var pairs: [String] = []
for (document, text) in zip(documents, texts).prefix(2000) {
    let words = (document.title + " " + text).split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
    for word in words where word.count >= 4 { vocabulary.insert(word) }
    if words.count > 11 { pairs.append(words[10] + " " + words[11]) }
}
let words = vocabulary.sorted()
let members = Array(Set(documents.map(\.memberID))).sorted()
let tags = Array(Set(documents.flatMap(\.tagKeys))).sorted()
var generator = Generator()
struct Generator {
    var state: UInt64 = 42

    mutating func draw(_ count: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int(state >> 33) % count
    }
}
let count = arguments.count > 3 ? Int(arguments[3]) ?? 1000 : 1000
var queries: [(String, SearchFilter)] = []
for number in 0..<count {
    switch number % 10 {
    case 0, 1, 2, 3, 4: queries.append((words[generator.draw(words.count)], SearchFilter()))
    case 5, 6: queries.append((words[generator.draw(words.count)] + " " + words[generator.draw(words.count)], SearchFilter()))
    case 7: queries.append(("\"" + pairs[generator.draw(pairs.count)] + "\"", SearchFilter()))
    case 8: queries.append((words[generator.draw(words.count)], SearchFilter(memberID: members[generator.draw(members.count)])))
    default: queries.append((words[generator.draw(words.count)], number % 20 == 9 ? SearchFilter(tagKey: tags[generator.draw(tags.count)]) : SearchFilter(year: 2008 + generator.draw(17))))
    }
}
var walls: [Double] = [], cpus: [Double] = []
var totalHits = 0, capped = 0
for (query, filter) in queries {
    let time = try measure {
        let results = try index.search(SearchQuery(query), filter: filter, perPage: 10)
        totalHits += results.total
        if results.more { capped += 1 }
    }
    walls.append(time.wall)
    cpus.append(time.cpu)
}
walls.sort()
cpus.sort()
func percentile(_ values: [Double], _ p: Double) -> String {
    String(format: "%.2f", values[min(values.count - 1, Int(Double(values.count) * p))] * 1000)
}

// The first update after opening reads every fingerprint the index holds (as the intake's first after a start).
var edited = site
var counts = (indexed: 0, removed: 0)
let update = try measure(process: true) { counts = try index.update(SearchDocument.corpus(of: edited, comments: withComments)) }
// Then edits of different posts, spread over the site, each measured from the edited site to the index updated.
var editWalls: [Double] = [], editCPUs: [Double] = [], corpusCPUs: [Double] = [], updateCPUs: [Double] = [], editCounts: [Int] = []
FileHandle.standardError.write(Data("measuring the update after one edit (pid \(getpid()))\n".utf8))
for edit in 0..<25 {
    let target = (edit * 1_979 + 7) % edited.posts.count
    edited.posts[target].contentHTML += "<p>Un paragraphe ajouté pour la mesure (\(edit)), sur les gardes de nuit à l'hôpital.</p>"
    edited.posts[target].htmlFingerprint = Fingerprint.of(edited.posts[target].contentHTML)
    var corpus = SearchCorpus([])
    var editCount = (indexed: 0, removed: 0)
    let made = measure(process: true) { corpus = SearchDocument.corpus(of: edited, comments: withComments) }
    let updated = try measure(process: true) { editCount = try index.update(corpus) }
    editWalls.append(made.wall + updated.wall)
    editCPUs.append(made.cpu + updated.cpu)
    corpusCPUs.append(made.cpu)
    updateCPUs.append(updated.cpu)
    editCounts.append(editCount.indexed + editCount.removed)
}
corpusCPUs.sort()
updateCPUs.sort()
editWalls.sort()
editCPUs.sort()
func milliseconds(_ values: [Double], _ p: Double) -> String {
    String(format: "%.1f", values[min(values.count - 1, Int(Double(values.count) * p))] * 1000)
}

print("site read as the intake does (load, parse, model, theme compiled): \(String(format: "%.1f", firstReading.wall)) s wall, \(String(format: "%.1f", firstReading.cpu)) s CPU; again with the first reading's build cache (a pull that changed nothing): \(String(format: "%.1f", secondReading.wall)) s wall, \(String(format: "%.1f", secondReading.cpu)) s CPU")
print("documents: \(documents.count); text \(textBytes / 1_000_000) MB (titles, summaries, text, tags, hashtags); read into documents in \(String(format: "%.2f", extraction.wall)) s")
print("index build from scratch (text extraction, index, optimize, put in place)\(reused ? ": skipped, the index at INDEX kept (--reuse-index)" : ""): \(String(format: "%.1f", build.wall)) s wall, \(String(format: "%.1f", build.cpu)) s CPU of its thread")
print("index (FTS5 tables): \(sizes.index / 1_000_000) MB = \(String(format: "%.2f", Double(sizes.index) / Double(textBytes)))× the text; whole file \(sizes.total / 1_000_000) MB")
print("queries: \(count) (\(words.count) words, \(pairs.count) phrases); wall p50 \(percentile(walls, 0.5)) ms, p99 \(percentile(walls, 0.99)) ms, max \(String(format: "%.2f", walls.last! * 1000)) ms; CPU p50 \(percentile(cpus, 0.5)) ms, p99 \(percentile(cpus, 0.99)) ms; \(totalHits) results in all, \(capped) queries with more than \(SearchIndex.rankedLimit)")
print("first update after opening (reads the fingerprints): \(counts.indexed) indexed, \(counts.removed) removed in \(String(format: "%.1f", update.wall * 1000)) ms wall, \(String(format: "%.1f", update.cpu * 1000)) ms CPU")
print("update after one edited post, \(editWalls.count) edits of different posts (\(Set(editCounts).sorted()) document(s) indexed or removed each): wall median \(milliseconds(editWalls, 0.5)) ms, p90 \(milliseconds(editWalls, 0.9)) ms; CPU median \(milliseconds(editCPUs, 0.5)) ms, p90 \(milliseconds(editCPUs, 0.9)) ms (medians of its parts: the corpus made \(milliseconds(corpusCPUs, 0.5)) ms, compared and indexed \(milliseconds(updateCPUs, 0.5)) ms)")
